package org.svyaz.shell;

import java.util.List;
import java.util.function.Function;

/** Every list the API answers: the total, one page of items, and the cursor of the next page. */
public record ListJson<T>(long total, List<T> items, String next) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    /**
     * A page of a short list held in memory (a contact's notes, the users): the items after the
     * one whose key is {@code after}, at most {@code limit} of them; the next cursor is the key
     * of the page's last item.
     */
    public static <T> ListJson<T> page(List<T> all, Function<T, String> key, String after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of("limit", "error.limit", MAX_LIMIT);
        }
        int from = 0;
        if (after != null) {
            from = all.stream().map(key).toList().indexOf(after) + 1;
            if (from == 0) {
                throw InvalidInput.of("after", "error.cursor");
            }
        }
        List<T> items = all.subList(from, Math.min(all.size(), from + limit));
        String next = from + limit < all.size() ? key.apply(items.get(items.size() - 1)) : null;
        return new ListJson<>(all.size(), List.copyOf(items), next);
    }
}
