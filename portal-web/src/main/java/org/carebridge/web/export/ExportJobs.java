package org.carebridge.web.export;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.carebridge.care.export.boundary.Exports;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a long export in the background. The caller's identity travels with the asynchronous call (so
 * the list's boundary checks the same roles as for the page); its tenant and name are bound to the worker
 * thread here and released in {@code finally}. Rows are read {@value ExportLimits#FETCH} at a time through
 * the list's page query, each read in a transaction of its own, and streamed into the file; the export is
 * audited once written. A failure deletes the file and marks the job failed.
 */
@Stateless
public class ExportJobs {

    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());

    @Inject
    Exports exports;

    @Inject
    ExportFiles files;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void write(ExportJob job, ExportSpec<?> spec, String format, String actor, String sourceIp) {
        try (CallContext.Scope ignored = CallContext.open(job.tenantId(), actor, sourceIp)) {
            long rows = writeRows(job, spec, format);
            exports.exported(spec.list(), format, rows, spec.filter());
            job.done(rows);
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "background export of " + spec.list() + " failed", e);
            job.failed();
            files.discard(job);
        }
    }

    private static <T> long writeRows(ExportJob job, ExportSpec<T> spec, String format) throws IOException {
        long rows = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(job.file()));
             TableWriter writer = TableWriter.of(format, out)) {
            writer.row(spec.columns().stream().map(ExportColumn::header).toList());
            int offset = 0;
            while (true) {
                Page<T> page = spec.source().page(offset, ExportLimits.FETCH);
                for (T item : page.items()) {
                    List<Object> cells = new ArrayList<>(spec.columns().size());
                    for (ExportColumn<T> c : spec.columns()) {
                        cells.add(c.value().apply(item));
                    }
                    writer.row(cells);
                    rows++;
                }
                offset += page.items().size();
                job.progress(rows, page.total());
                if (page.items().isEmpty() || offset >= page.total()) {
                    break;
                }
            }
            writer.finish();
        }
        return rows;
    }
}
