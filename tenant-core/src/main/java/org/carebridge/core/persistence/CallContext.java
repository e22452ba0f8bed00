package org.carebridge.core.persistence;

import java.util.Optional;

/**
 * Who is acting, for which tenant, from where — bound once per request by the web layer (from the
 * authenticated session or token, never from a parameter) and explicitly by background jobs.
 * Tenant-scoped persistence reads the tenant from here and fails when none is bound.
 */
public final class CallContext {

    private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

    private final Long tenantId;
    private final String actor;
    private final String sourceIp;

    private CallContext(Long tenantId, String actor, String sourceIp) {
        this.tenantId = tenantId;
        this.actor = actor;
        this.sourceIp = sourceIp;
    }

    /**
     * Binds a context to this thread until the returned scope is closed; the previous binding (if
     * any) is restored then, so nested jobs and requests on pooled threads never leak a tenant.
     */
    public static Scope open(Long tenantId, String actor, String sourceIp) {
        CallContext previous = CURRENT.get();
        CURRENT.set(new CallContext(tenantId, actor, sourceIp));
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** For scheduled or background work: the tenant must be named, the actor says which job. */
    public static Scope forJob(long tenantId, String jobName) {
        return open(tenantId, "job:" + jobName, null);
    }

    public static Optional<Long> tenantId() {
        CallContext c = CURRENT.get();
        return c == null ? Optional.empty() : Optional.ofNullable(c.tenantId);
    }

    /** The bound tenant, or {@link NoTenantBoundException}: tenant-private work never runs unfiltered. */
    public static long requireTenant() {
        return tenantId().orElseThrow(NoTenantBoundException::new);
    }

    public static String actor() {
        CallContext c = CURRENT.get();
        return c == null || c.actor == null ? "anonymous" : c.actor;
    }

    /** The signed-in person's username; empty for anonymous calls and jobs. */
    public static Optional<String> signedInUser() {
        CallContext c = CURRENT.get();
        return c == null || c.actor == null || c.actor.startsWith("job:") ? Optional.empty() : Optional.of(c.actor);
    }

    public static String sourceIp() {
        CallContext c = CURRENT.get();
        return c == null ? null : c.sourceIp;
    }

    /** Closes a binding without a checked exception. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
