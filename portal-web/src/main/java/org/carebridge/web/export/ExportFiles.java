package org.carebridge.web.export;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The exports written in the background on this node: a random id per job, its file in a private
 * temporary folder, and its owner. A job is found only by its owner in its tenant — for anyone else it
 * does not exist — and is deleted with its file once {@link ExportLimits#keep()} has passed since it was
 * started. Files live on the node that wrote them (a clustered portal needs sticky sessions for them).
 */
@ApplicationScoped
public class ExportFiles {

    private static final Logger LOG = Logger.getLogger(ExportFiles.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ExportLimits limits;

    private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();
    private volatile Path folder;

    /** Registers a new job of {@code owner} in {@code tenantId}, with an empty file to write. */
    public ExportJob begin(long tenantId, String owner, String fileName, long expectedRows) {
        sweep();
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        try {
            Path file = Files.createTempFile(folder(), "export-", ".tmp");
            ExportJob job = new ExportJob(id, tenantId, owner, fileName, file, expectedRows, Instant.now());
            jobs.put(id, job);
            return job;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job, if it exists, is the caller's and has not expired. */
    public Optional<ExportJob> find(String id, long tenantId, String user) {
        if (id == null || user == null) {
            return Optional.empty();
        }
        ExportJob job = jobs.get(id);
        if (job == null || !job.ownedBy(tenantId, user) || expired(job, Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(job);
    }

    /** A finished job's file, for its owner only. */
    public Optional<ExportJob> download(String id, long tenantId, String user) {
        return find(id, tenantId, user).filter(ExportJob::isDone).filter(j -> Files.isRegularFile(j.file()));
    }

    /** Deletes expired jobs and their files; returns how many went. */
    public int sweep() {
        Instant now = Instant.now();
        int removed = 0;
        for (ExportJob job : jobs.values()) {
            if (expired(job, now) && !job.isRunning()) {
                jobs.remove(job.getId());
                delete(job);
                removed++;
            }
        }
        return removed;
    }

    void discard(ExportJob job) {
        delete(job);
    }

    private boolean expired(ExportJob job, Instant now) {
        return job.created().plus(limits.keep()).isBefore(now);
    }

    private static void delete(ExportJob job) {
        try {
            Files.deleteIfExists(job.file());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete export file " + job.file(), e);
        }
    }

    private Path folder() throws IOException {
        Path f = folder;
        if (f == null) {
            synchronized (this) {
                if (folder == null) {
                    folder = Files.createTempDirectory("carebridge-exports-");
                }
                f = folder;
            }
        }
        return f;
    }

    @PreDestroy
    void removeAll() {
        jobs.values().forEach(ExportFiles::delete);
        jobs.clear();
        if (folder != null) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                LOG.log(Level.FINE, "export folder not empty at shutdown", e);
            }
        }
    }
}
