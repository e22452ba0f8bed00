package org.carebridge.web.export;

import org.carebridge.web.faces.PagedModel;

import java.util.List;

/**
 * What a background export writes: the list's name (audit, file name), the active filter in words
 * (audit), the page source bound to that filter (the same boundary query the page's table uses) and
 * the columns the table shows.
 */
public record ExportSpec<T>(String list, String filter, PagedModel.Source<T> source, List<ExportColumn<T>> columns) {

    public ExportSpec {
        columns = List.copyOf(columns);
    }
}
