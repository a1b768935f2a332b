package org.svyaz.history;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which entries of the Notes/History tab to show: of these kinds (all when empty), on or
 * after {@code from} and on or before {@code to} (either may be null).
 */
public record TimelineFilter(Set<HistoryKind> kinds, LocalDate from, LocalDate to) {

    public static final TimelineFilter ALL = new TimelineFilter(Set.of(), null, null);

    public Set<HistoryKind> effectiveKinds() {
        return kinds == null || kinds.isEmpty() ? EnumSet.allOf(HistoryKind.class) : EnumSet.copyOf(kinds);
    }
}
