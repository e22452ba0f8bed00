package org.carebridge.web.faces;

import org.carebridge.core.persistence.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A PrimeFaces lazy table over a boundary's paged query: only the visible page is read, in SQL. */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one page. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> page(int offset, int limit);
    }

    private final Source<T> source;

    public PagedModel(Source<T> source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.page(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = source.page(first, Math.min(pageSize, Page.MAX_LIMIT));
        setRowCount((int) page.total());
        return page.items();
    }
}
