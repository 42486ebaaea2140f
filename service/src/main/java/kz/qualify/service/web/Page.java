package kz.qualify.service.web;

import java.util.List;
import java.util.Map;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list: the items, the page number (from 0), its size and the total count.
 *
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    /**
     * The last page a list serves: 10 000 pages of 200 are two million rows, more than any list
     * holds; {@code page * size} beyond {@code int} once answered 500.
     */
    public static final int MAX_PAGE = 10_000;

    public Page {
        items = List.copyOf(items);
    }

    /** A validated page request. */
    public record Request(int page, int size) {
        public Request {
            if (page < 0) throw ApiException.invalid("page", Message.of("api.page.negative"));
            if (page > MAX_PAGE)
                throw ApiException.invalid("page", Message.of("api.page.tooFar", Arg.count("max", MAX_PAGE)));
            if (size < 1 || size > MAX_SIZE)
                throw ApiException.invalid("size", Message.of("api.page.size", Arg.count("max", MAX_SIZE)));
        }

        public long offset() {
            return (long) page * size;
        }

        public <T> Page<T> of(List<T> items, long total) {
            return new Page<>(items, page, size, total);
        }

        /**
         * Counts the rows of {@code from} (a table and, if any, its {@code WHERE} clause with named
         * parameters) and reads this page of them in {@code order}: the one paging query every list uses.
         */
        public <T> Page<T> select(JdbcClient jdbc, String from, Map<String, ?> params, String order, RowMapper<T> row) {
            long total = jdbc.sql("SELECT COUNT(*) FROM " + from)
                    .params(params)
                    .query(Long.class)
                    .single();
            var items = jdbc.sql("SELECT * FROM " + from + " ORDER BY " + order + " LIMIT :l OFFSET :o")
                    .params(params)
                    .param("l", size)
                    .param("o", offset())
                    .query(row)
                    .list();
            return of(items, total);
        }
    }
}
