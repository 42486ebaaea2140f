package kz.qualify.service.web;

import java.util.List;

/**
 * One page of a list: the items, the page number (from 0), its size and the total count.
 *
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** A validated page request. */
    public record Request(int page, int size) {
        public Request {
            if (page < 0) throw ApiException.invalid("page", "must be 0 or more");
            if (size < 1 || size > MAX_SIZE) throw ApiException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }

        public int offset() {
            return page * size;
        }

        public <T> Page<T> of(List<T> items, long total) {
            return new Page<>(items, page, size, total);
        }
    }
}
