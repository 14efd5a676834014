package com.bizosaas.console;

import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Every console table pages on the server: PrimeFaces asks for a slice, a boundary answers with a
 * {@link Page}. This adapter is the one place that translates between the two.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Where a page comes from, given the table's filters. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> load(Map<String, FilterMeta> filters, PageRequest page);
    }

    /** A row's stable key. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    /** Told each page the table shows (not the counting reads), to fetch what its rows need alongside. */
    @FunctionalInterface
    public interface PageListener<T> extends Serializable {
        void shown(List<T> rows);
    }

    private final Source<T> source;
    private final Key<T> key;
    private PageListener<T> listener = rows -> { };

    public PagedModel(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) source.load(filters, PageRequest.first(1)).totalItems();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        Page<T> page = source.load(filters, new PageRequest(first / size, size));
        setRowCount((int) page.totalItems());
        listener.shown(page.items());
        return page.items();
    }

    public PagedModel<T> onPage(PageListener<T> listener) {
        this.listener = listener;
        return this;
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    /** A column's filter as trimmed text, or null when the column is not filtered. */
    public static String filter(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
