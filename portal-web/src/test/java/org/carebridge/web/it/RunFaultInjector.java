package org.carebridge.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.care.allowance.control.RunStep;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only, added to the deployed WAR by {@link Deployments}: the first run of a scheme whose name
 * starts with {@value #MARKER} throws once half of its lines are written, as a crash would. Every
 * other scheme, and the second run of a marked one, is left alone.
 */
@ApplicationScoped
public class RunFaultInjector {

    public static final String MARKER = "中断测试";

    private final Set<Long> failedOnce = ConcurrentHashMap.newKeySet();

    void on(@Observes RunStep step) {
        if (step.schemeName().startsWith(MARKER) && step.done() > 0 && step.done() * 2 >= step.total()
                && step.done() < step.total() && failedOnce.add(step.schemeId())) {
            throw new IllegalStateException("injected failure after " + step.done() + " of " + step.total() + " lines");
        }
    }
}
