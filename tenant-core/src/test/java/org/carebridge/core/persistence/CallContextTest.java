package org.carebridge.core.persistence;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallContextTest {

    @Test
    void nothingBoundMeansNoTenantAndAnAnonymousActor() {
        assertThat(CallContext.tenantId()).isEmpty();
        assertThat(CallContext.actor()).isEqualTo("anonymous");
        assertThatThrownBy(CallContext::requireTenant).isInstanceOf(NoTenantBoundException.class);
    }

    @Test
    void scopesNestAndRestoreThePreviousBinding() {
        try (CallContext.Scope request = CallContext.open(7L, "d1.admin", "10.0.0.1")) {
            assertThat(CallContext.requireTenant()).isEqualTo(7L);
            try (CallContext.Scope job = CallContext.forJob(9L, "monthly-review")) {
                assertThat(CallContext.requireTenant()).isEqualTo(9L);
                assertThat(CallContext.actor()).isEqualTo("job:monthly-review");
                assertThat(CallContext.sourceIp()).isNull();
            }
            assertThat(CallContext.requireTenant()).isEqualTo(7L);
            assertThat(CallContext.actor()).isEqualTo("d1.admin");
            assertThat(CallContext.sourceIp()).isEqualTo("10.0.0.1");
        }
        assertThat(CallContext.tenantId()).isEmpty();
    }

    @Test
    void aPlatformCallHasAnActorButNoTenant() {
        try (CallContext.Scope ignored = CallContext.open(null, "platform.admin", null)) {
            assertThat(CallContext.actor()).isEqualTo("platform.admin");
            assertThatThrownBy(CallContext::requireTenant).isInstanceOf(NoTenantBoundException.class);
        }
    }

    @Test
    void aBindingDoesNotLeakToOtherThreads() throws Exception {
        try (CallContext.Scope ignored = CallContext.forJob(5L, "x")) {
            assertThat(CompletableFuture.supplyAsync(CallContext::tenantId).get()).isEmpty();
        }
    }
}
