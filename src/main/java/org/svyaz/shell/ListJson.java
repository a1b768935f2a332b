package org.svyaz.shell;

import java.util.List;

/** Every list the API answers: the total, one page of items, and the cursor of the next page. */
public record ListJson<T>(long total, List<T> items, String next) {

    public static <T> ListJson<T> of(List<T> items) {
        return new ListJson<>(items.size(), items, null);
    }
}
