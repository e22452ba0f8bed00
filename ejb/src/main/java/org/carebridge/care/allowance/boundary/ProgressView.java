package org.carebridge.care.allowance.boundary;

import org.carebridge.care.allowance.control.RunProgress;

import java.time.YearMonth;

/**
 * Where a scheme's run for a month stands: RUNNING with lines written of lines to write, DONE with the
 * run, FAILED with a message key (nothing was kept), or NONE (never started on this node, no run).
 */
public record ProgressView(long schemeId, YearMonth month, String state, int done, int total, Integer percent,
                           Long runId, String error) {

    static ProgressView of(long schemeId, YearMonth month, RunProgress.Progress p) {
        Integer percent = null;
        if (p.total() > 0) {
            percent = p.done() * 100 / p.total();
        } else if (p.state() == RunProgress.State.DONE) {
            percent = 100;
        }
        return new ProgressView(schemeId, month, p.state().name(), p.done(), p.total(), percent, p.runId(), p.error());
    }

    static ProgressView done(long schemeId, YearMonth month, long runId, int lines) {
        return new ProgressView(schemeId, month, RunProgress.State.DONE.name(), lines, lines, 100, runId, null);
    }

    static ProgressView none(long schemeId, YearMonth month) {
        return new ProgressView(schemeId, month, "NONE", 0, 0, null, null, null);
    }
}
