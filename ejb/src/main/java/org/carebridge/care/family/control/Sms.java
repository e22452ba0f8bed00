package org.carebridge.care.family.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.carebridge.config.Settings;
import org.carebridge.core.value.MobileNumber;

import java.util.logging.Logger;

/**
 * Text messages to guardians. The only sender shipped is the development one ({@code
 * carebridge.sms.gateway=log}): it writes the message, with the number masked, to the server log so a
 * developer or a demo can read the code. It is refused in production mode — the family page then says
 * the service is unavailable — until a real gateway is configured.
 */
@ApplicationScoped
public class Sms {

    private static final Logger LOG = Logger.getLogger(Sms.class.getName());

    @Inject
    Settings settings;

    @Inject
    Event<Sent> sent;

    /** A message sent (for observers: a real gateway's delivery report, or a test's inbox). */
    public record Sent(String to, String text) {
    }

    /** Whether messages can be sent at all (the family page is unavailable otherwise). */
    public boolean available() {
        return "log".equals(settings.smsGateway()) && !settings.productionMode();
    }

    public void send(MobileNumber to, String text) {
        if (!available()) {
            throw new IllegalStateException("no SMS gateway: the development sender (carebridge.sms.gateway=log) is"
                    + " refused in production mode");
        }
        LOG.info(() -> "[DEV SMS] to " + to.masked() + ": " + text);
        sent.fire(new Sent(to.value(), text));
    }
}
