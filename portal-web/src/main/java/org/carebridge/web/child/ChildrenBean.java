package org.carebridge.web.child;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.child.boundary.ChildSummary;
import org.carebridge.care.child.boundary.Children;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.web.faces.PagedModel;

import java.io.Serializable;

/** The register page: search by name or resident ID and by category, paged in SQL. */
@Named
@ViewScoped
public class ChildrenBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Children children;

    private String q;
    private ChildCategory category;
    private final PagedModel<ChildSummary> model = new PagedModel<>((offset, limit) ->
            children.search(q, category, offset, limit));

    public PagedModel<ChildSummary> getModel() {
        return model;
    }

    public ChildCategory[] getCategories() {
        return ChildCategory.values();
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
}
