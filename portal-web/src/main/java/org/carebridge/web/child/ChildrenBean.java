package org.carebridge.web.child;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.child.boundary.ChildSummary;
import org.carebridge.care.child.boundary.Children;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.export.boundary.Exports;
import org.carebridge.web.export.ExportColumn;
import org.carebridge.web.export.ExportSpec;
import org.carebridge.web.export.LargeExport;
import org.carebridge.web.faces.FilterParams;
import org.carebridge.web.faces.PagedModel;
import org.carebridge.web.i18n.Texts;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The register page: search by name or resident ID, by category and by status, paged in SQL. The URL may
 * set category and status ({@code ?status=SUPPORTED&category=ORPHAN}); its exports may run in the
 * background, with the same columns as the table (the resident ID masked, as the list shows it).
 */
@Named
@ViewScoped
public class ChildrenBean implements Serializable, LargeExport {

    private static final long serialVersionUID = 1L;

    @Inject
    Children children;

    private String q;
    private ChildCategory category;
    private ChildStatus status;
    private String categoryParam;
    private String statusParam;
    private final PagedModel<ChildSummary> model = new PagedModel<>((offset, limit) ->
            children.search(q, category, status, offset, limit));

    /** Applies the filter given in the URL (on the first request only; the controls own it afterwards). */
    public void applyParams() {
        category = FilterParams.enumOf(ChildCategory.class, categoryParam, "category");
        status = FilterParams.enumOf(ChildStatus.class, statusParam, "status");
    }

    @Override
    public long exportRowCount() {
        return children.search(q, category, status, 0, 1).total();
    }

    @Override
    public ExportSpec<ChildSummary> exportSpec(Locale locale) {
        String text = q;
        ChildCategory c = category;
        ChildStatus s = status;
        Children boundary = children;
        List<ExportColumn<ChildSummary>> columns = List.of(
                ExportColumn.of(Texts.text(locale, "child.name"), ChildSummary::name),
                ExportColumn.of(Texts.text(locale, "child.sex"), r -> r.sex() == null ? "" : Texts.text(locale, "child.sex." + r.sex())),
                ExportColumn.of(Texts.text(locale, "child.age"), ChildSummary::age),
                ExportColumn.of(Texts.text(locale, "child.residentId"), r -> r.residentIdMasked() == null ? "" : r.residentIdMasked()),
                ExportColumn.of(Texts.text(locale, "child.categories"), r -> r.categories().stream()
                        .map(k -> Texts.text(locale, "child.category." + k)).collect(Collectors.joining("、"))),
                ExportColumn.of(Texts.text(locale, "child.status"), r -> Texts.text(locale, "child.status." + r.status())));
        return new ExportSpec<>(Exports.CHILDREN, filterText(), (offset, limit) -> boundary.search(text, c, s, offset, limit),
                columns);
    }

    /** The active filter in words, for the audit trail. */
    public String filterText() {
        StringBuilder b = new StringBuilder();
        if (q != null && !q.isBlank()) {
            b.append("q=").append(q.strip()).append(' ');
        }
        if (category != null) {
            b.append("category=").append(category).append(' ');
        }
        if (status != null) {
            b.append("status=").append(status);
        }
        return b.toString().strip();
    }

    public PagedModel<ChildSummary> getModel() {
        return model;
    }

    public ChildCategory[] getCategories() {
        return ChildCategory.values();
    }

    public ChildStatus[] getStatuses() {
        return ChildStatus.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public ChildCategory getCategory() {
        return category;
    }

    public void setCategory(ChildCategory category) {
        this.category = category;
    }

    public ChildStatus getStatus() {
        return status;
    }

    public void setStatus(ChildStatus status) {
        this.status = status;
    }

    public String getCategoryParam() {
        return categoryParam;
    }

    public void setCategoryParam(String categoryParam) {
        this.categoryParam = categoryParam;
    }

    public String getStatusParam() {
        return statusParam;
    }

    public void setStatusParam(String statusParam) {
        this.statusParam = statusParam;
    }
}
