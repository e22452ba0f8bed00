package org.carebridge.web.export;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.api.UITable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExcelXStreamExporter;
import org.primefaces.component.export.ColumnValue;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * PrimeFaces' streaming XLSX exporter (SXSSF: about a hundred rows in memory, the table read page by
 * page) with the portal's rules: a cell holds the text the page shows; formula-like text
 * ({@link CellText}) is a plain string cell marked quote-prefixed, as Excel itself stores {@code '=…}, so
 * neither opening nor editing the file turns it into a formula; the export is audited with its row count.
 */
public class SafeXlsxExporter extends DataTableExcelXStreamExporter {

    private long rows;
    private final Map<Short, CellStyle> quoted = new HashMap<>();

    @Override
    public ColumnValue getColumnValue(FacesContext context, UITable table, UIColumn column, boolean joinComponents) {
        return RenderedCell.rendersItsValue(column) ? ColumnValue.of(RenderedCell.text(context, column))
                : super.getColumnValue(context, table, column, joinComponents);
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
                                   int index) {
        super.exportCellValue(context, table, column, value, index);
        Object v = value == null ? null : value.getValue();
        if (v == null || v instanceof Number || !CellText.risky(v.toString())) {
            return;
        }
        Row row = row();
        Cell cell = row.getCell(row.getLastCellNum() - 1);
        if (cell == null) {
            return;
        }
        if (cell.getCellType() != CellType.STRING) {
            cell.setCellValue(v.toString());
        }
        CellStyle base = cell.getCellStyle();
        cell.setCellStyle(quoted.computeIfAbsent(base.getIndex(), i -> {
            CellStyle s = cell.getSheet().getWorkbook().createCellStyle();
            s.cloneStyleFrom(base);
            s.setQuotePrefixed(true);
            return s;
        }));
    }

    @Override
    protected void exportRow(FacesContext context, DataTable table, int rowIndex) {
        super.exportRow(context, table, rowIndex);
        rows++;
    }

    @Override
    protected void postExport(FacesContext context) throws IOException {
        CDI.current().select(TableExports.class).get().exported("xlsx", rows);
        super.postExport(context);
    }
}
