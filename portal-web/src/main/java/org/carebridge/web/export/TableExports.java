package org.carebridge.web.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.export.boundary.Exports;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.value.LocalDates;
import org.carebridge.web.faces.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The export buttons of list pages ({@code WEB-INF/includes/export-buttons.xhtml}). A click names the
 * list and format ({@link #prepare}); a list that may be long ({@link LargeExport}) and holds more rows
 * than {@link ExportLimits#backgroundRows()} is handed to {@link ExportJobs} instead, and the page shows
 * its progress. Otherwise PrimeFaces' exporter reads the table's own lazy model page by page — so the
 * boundary's tenant scope, role checks and masking apply — through the portal's exporter types
 * ({@link SafeXlsxExporter}, {@link SafeCsvExporter}), which audit the export here.
 */
@Named
@RequestScoped
public class TableExports {

    public static final String XLSX = "cb-xlsx";
    public static final String CSV = "cb-csv";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    @Inject
    Exports exports;

    @Inject
    ExportLimits limits;

    @Inject
    ExportFiles files;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportProgress progress;

    private String list;
    private String filter;

    /** The exporter type for XLSX (registering the portal's exporters on first use). */
    public String getXlsxType() {
        register();
        return XLSX;
    }

    public String getCsvType() {
        register();
        return CSV;
    }

    private static void register() {
        DataExporters.register(DataTable.class, SafeXlsxExporter.class, XLSX);
        DataExporters.register(DataTable.class, SafeCsvExporter.class, CSV);
    }

    /** {@code children-2026-11-29} (PrimeFaces adds the extension). */
    public String fileName(String name) {
        return safe(name) + "-" + LocalDates.today();
    }

    /**
     * Runs before the exporter: remembers the list for the audit, or — for a long list — starts the
     * background export and stops the click here (the page is rendered again with the progress bar).
     */
    public void prepare(String name, String format, Object large, String filterText) {
        this.list = safe(name);
        this.filter = filterText;
        if (large instanceof LargeExport l) {
            long rows = l.exportRowCount();
            if (rows > limits.backgroundRows()) {
                FacesContext fc = FacesContext.getCurrentInstance();
                Locale locale = Messages.locale();
                ExportSpec<?> spec = l.exportSpec(locale);
                String f = "csv".equals(format) ? "csv" : "xlsx";
                ExportJob job = files.begin(CallContext.requireTenant(), CallContext.signedInUser().orElseThrow(),
                        fileName(spec.list()) + "." + f, rows);
                jobs.write(job, spec, f, CallContext.actor(), CallContext.sourceIp());
                progress.follow(job.getId());
                Messages.info("export.background.started", rows);
                fc.renderResponse();
                throw new AbortProcessingException("exported in the background");
            }
        }
    }

    void exported(String format, long rows) {
        exports.exported(list == null ? "list" : list, format, rows, filter);
    }

    private static String safe(String name) {
        return name != null && NAME.matcher(name).matches() ? name : "list";
    }
}
