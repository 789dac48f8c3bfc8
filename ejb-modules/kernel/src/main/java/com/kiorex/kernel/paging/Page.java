package com.kiorex.kernel.paging;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total count, so clients can show "page 2 of 7". */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public long totalPages() {
        return (total + size - 1) / size;
    }
}
