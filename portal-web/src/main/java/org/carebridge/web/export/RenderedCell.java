package org.carebridge.web.export;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.primefaces.component.api.UIColumn;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A table cell's text as the page shows it: the column's children are rendered for the current row and
 * their markup reduced to text ({@link HtmlText}). Columns that say what to export ({@code exportValue},
 * {@code exportFunction}) do not come here.
 */
final class RenderedCell {

    private RenderedCell() {
    }

    static String text(FacesContext context, UIColumn column) {
        if (!(column instanceof UIComponent component)) {
            return "";
        }
        StringWriter out = new StringWriter();
        ResponseWriter original = context.getResponseWriter();
        ResponseWriter writer = original != null ? original.cloneWithWriter(out)
                : context.getRenderKit().createResponseWriter(out, "text/html", "UTF-8");
        context.setResponseWriter(writer);
        try {
            for (UIComponent child : component.getChildren()) {
                if (child.isRendered()) {
                    child.encodeAll(context);
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (original != null) {
                context.setResponseWriter(original);
            }
        }
        return HtmlText.of(out.toString());
    }

    /** Whether the column leaves its export value to what it renders. */
    static boolean rendersItsValue(UIColumn column) {
        return column.getExportValue() == null && column.getExportFunction() == null;
    }
}
