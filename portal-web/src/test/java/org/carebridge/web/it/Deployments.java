package org.carebridge.web.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The real packaged WAR (built by {@code package} before failsafe runs), deployed as it ships plus
 * test-only additions: an observer ({@link RunFaultInjector}) that acts only on schemes named for it, an
 * SMS inbox ({@link SmsInbox}, read through {@code /api/v1/test/sms}) where tests read one-time codes, and
 * {@link SqlProbeResource}, where tests compute counts directly in SQL. (ExportsIT adds its own.)
 */
final class Deployments {

    private Deployments() {
    }

    static WebArchive portal() {
        File war = new File(System.getProperty("carebridge.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Run 'mvn verify' (or package first): " + war + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(RunFaultInjector.class,
                SmsInbox.class, SmsInboxResource.class, SqlProbeResource.class);
    }
}
