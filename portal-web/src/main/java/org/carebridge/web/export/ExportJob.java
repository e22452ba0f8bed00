package org.carebridge.web.export;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One export being written in the background, owned by one person in one tenant: only they may see its
 * progress and download its file, until it expires.
 */
public final class ExportJob {

    public enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final long tenantId;
    private final String owner;
    private final String fileName;
    private final Path file;
    private final Instant created;
    private volatile State state = State.RUNNING;
    private volatile long done;
    private volatile long total;
    private volatile Instant finished;

    ExportJob(String id, long tenantId, String owner, String fileName, Path file, long total, Instant created) {
        this.id = id;
        this.tenantId = tenantId;
        this.owner = owner;
        this.fileName = fileName;
        this.file = file;
        this.total = total;
        this.created = created;
    }

    public String getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public State getState() {
        return state;
    }

    /** Rows written so far. */
    public long getWritten() {
        return done;
    }

    public long getTotal() {
        return total;
    }

    /** Whole per cent written, 0–100. */
    public int getPercent() {
        if (state == State.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public boolean isDone() {
        return state == State.DONE;
    }

    public boolean isFailed() {
        return state == State.FAILED;
    }

    boolean ownedBy(long tenant, String user) {
        return tenantId == tenant && owner.equals(user);
    }

    long tenantId() {
        return tenantId;
    }

    Path file() {
        return file;
    }

    Instant created() {
        return created;
    }

    Instant finished() {
        return finished;
    }

    void progress(long rows, long expected) {
        done = rows;
        total = Math.max(expected, rows);
    }

    void done(long rows) {
        done = rows;
        total = rows;
        finished = Instant.now();
        state = State.DONE;
    }

    void failed() {
        finished = Instant.now();
        state = State.FAILED;
    }
}
