package com.bizosaas.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Which slice of a list the caller wants: a zero-based page of at most {@value #MAX_SIZE} items. */
public record PageRequest(@Min(0) int page, @Min(1) @Max(MAX_SIZE) int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be zero or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
