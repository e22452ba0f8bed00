package org.carebridge.web.export;

import java.util.Locale;

/**
 * A list page whose exports may be too long to write during the click: it tells how many rows its
 * current filter holds and, for the background, a snapshot of that filter with the table's columns.
 */
public interface LargeExport {

    long exportRowCount();

    ExportSpec<?> exportSpec(Locale locale);
}
