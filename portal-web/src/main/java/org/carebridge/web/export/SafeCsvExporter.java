package org.carebridge.web.export;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.api.UITable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

import java.io.IOException;

/**
 * PrimeFaces' CSV exporter (UTF-8 with a byte order mark, so Excel reads Chinese) with the portal's
 * rules: a cell holds the text the page shows, formula-like text is neutralised ({@link CellText}), and
 * the export is audited with its row count. Registered by {@link TableExports}.
 */
public class SafeCsvExporter extends DataTableCSVExporter {

    private long rows;

    @Override
    public ColumnValue getColumnValue(FacesContext context, UITable table, UIColumn column, boolean joinComponents) {
        return RenderedCell.rendersItsValue(column) ? ColumnValue.of(RenderedCell.text(context, column))
                : super.getColumnValue(context, table, column, joinComponents);
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
                                   int index) {
        Object v = value == null ? null : value.getValue();
        if (v != null && !(v instanceof Number) && CellText.risky(v.toString())) {
            value = ColumnValue.of(CellText.forCsv(v.toString()));
        }
        super.exportCellValue(context, table, column, value, index);
    }

    @Override
    protected void exportRow(FacesContext context, DataTable table, int rowIndex) {
        super.exportRow(context, table, rowIndex);
        rows++;
    }

    @Override
    protected void postExport(FacesContext context) throws IOException {
        CDI.current().select(TableExports.class).get().exported("csv", rows);
        super.postExport(context);
    }
}
