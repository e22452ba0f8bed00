package org.carebridge.care.allowance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each payment run being computed on this node stands, by tenant, scheme and month: running
 * (lines written of children to check), done (the run's id) or failed (a message key; nothing was
 * kept). The key always holds the tenant, so one tenant never reads another's progress. Finished
 * entries are forgotten after an hour; the run itself is in the database.
 */
@ApplicationScoped
public class RunProgress {

    public enum State { RUNNING, DONE, FAILED }

    /** One run's progress. */
    public record Progress(State state, int done, int total, Long runId, String error, Instant at) {
    }

    private static final Duration KEEP = Duration.ofHours(1);

    private final Map<String, Progress> byKey = new ConcurrentHashMap<>();

    /** Marks the run started unless it is already running; false when it is. */
    public boolean begin(long tenantId, long schemeId, YearMonth month) {
        forgetOld();
        Progress fresh = new Progress(State.RUNNING, 0, 0, null, null, Instant.now());
        return byKey.compute(key(tenantId, schemeId, month), (k, p) -> p != null && p.state() == State.RUNNING ? p : fresh)
                == fresh;
    }

    void on(@Observes RunStep s) {
        byKey.compute(key(s.tenantId(), s.schemeId(), s.month()), (k, p) ->
                new Progress(State.RUNNING, s.done(), s.total(), null, null, Instant.now()));
    }

    public void done(long tenantId, long schemeId, YearMonth month, long runId, int lines) {
        byKey.put(key(tenantId, schemeId, month), new Progress(State.DONE, lines, lines, runId, null, Instant.now()));
    }

    public void failed(long tenantId, long schemeId, YearMonth month, String error) {
        byKey.compute(key(tenantId, schemeId, month), (k, p) -> new Progress(State.FAILED, p == null ? 0 : p.done(),
                p == null ? 0 : p.total(), null, error, Instant.now()));
    }

    public Optional<Progress> of(long tenantId, long schemeId, YearMonth month) {
        return Optional.ofNullable(byKey.get(key(tenantId, schemeId, month)));
    }

    private void forgetOld() {
        Instant before = Instant.now().minus(KEEP);
        byKey.values().removeIf(p -> p.state() != State.RUNNING && p.at().isBefore(before));
    }

    private static String key(long tenantId, long schemeId, YearMonth month) {
        return tenantId + ":" + schemeId + ":" + month;
    }
}
