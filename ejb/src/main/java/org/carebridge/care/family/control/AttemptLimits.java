package org.carebridge.care.family.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window limits on family look-ups, kept in memory on this node: every attempt counts — the
 * answers never say whether details matched, so a success cannot be told from a failure here either —
 * per client address, per target (the reference or resident ID asked about, hashed by the caller)
 * and overall. After {@code challengeAfter} attempts from one client in the window it must also
 * solve a challenge; beyond a limit it is refused until the window moves on.
 */
public final class AttemptLimits {

    /** What a new attempt may do. */
    public enum Decision { ALLOWED, CHALLENGE, REFUSED }

    /** The limits within one window. */
    public record Limits(int perClient, int perTarget, int global, int challengeAfter, Duration window) {
    }

    private final Limits limits;
    private final Map<String, Deque<Instant>> byClient = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byTarget = new ConcurrentHashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();

    public AttemptLimits(Limits limits) {
        this.limits = limits;
    }

    /** Whether an attempt from the client on the target may go ahead now (nothing is counted). */
    public synchronized Decision check(String client, String target, Instant now) {
        int fromClient = count(byClient, client, now);
        if (fromClient >= limits.perClient() || count(byTarget, target, now) >= limits.perTarget()
                || prune(all, now) >= limits.global()) {
            return Decision.REFUSED;
        }
        return fromClient >= limits.challengeAfter() ? Decision.CHALLENGE : Decision.ALLOWED;
    }

    /** Counts an attempt that went ahead. */
    public synchronized void count(String client, String target, Instant now) {
        byClient.computeIfAbsent(client, k -> new ArrayDeque<>()).addLast(now);
        if (target != null) {
            byTarget.computeIfAbsent(target, k -> new ArrayDeque<>()).addLast(now);
        }
        all.addLast(now);
    }

    /** Attempts on the target in the window (to warn the guardian after repeated ones). */
    public synchronized int attemptsOn(String target, Instant now) {
        return count(byTarget, target, now);
    }

    private int count(Map<String, Deque<Instant>> map, String key, Instant now) {
        if (key == null) {
            return 0;
        }
        Deque<Instant> q = map.get(key);
        if (q == null) {
            return 0;
        }
        int n = prune(q, now);
        if (n == 0) {
            map.remove(key);
        }
        return n;
    }

    private int prune(Deque<Instant> q, Instant now) {
        Instant from = now.minus(limits.window());
        while (!q.isEmpty() && !q.peekFirst().isAfter(from)) {
            q.pollFirst();
        }
        return q.size();
    }
}
