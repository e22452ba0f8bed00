package org.carebridge.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.care.family.control.Sms;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Test-only, added to the deployed WAR by {@link Deployments}: the text messages the portal sent, as a
 * phone would receive them — the last few per number — so tests read the family page's codes as a
 * guardian would ({@link SmsInboxResource}). The production WAR has neither.
 */
@ApplicationScoped
public class SmsInbox {

    private static final int KEEP = 20;

    private final Map<String, Deque<String>> byNumber = new HashMap<>();
    private int total;

    synchronized void on(@Observes Sms.Sent sent) {
        Deque<String> texts = byNumber.computeIfAbsent(sent.to(), k -> new ArrayDeque<>());
        texts.addLast(sent.text());
        if (texts.size() > KEEP) {
            texts.removeFirst();
        }
        total++;
    }

    public synchronized String last(String to) {
        Deque<String> texts = to == null ? null : byNumber.get(to);
        return texts == null ? null : texts.peekLast();
    }

    /** Messages sent to the number, or to anyone when no number is given. */
    public synchronized int count(String to) {
        if (to == null || to.isBlank()) {
            return total;
        }
        Deque<String> texts = byNumber.get(to);
        return texts == null ? 0 : texts.size();
    }
}
