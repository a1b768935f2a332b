package org.svyaz.history;

import java.util.List;

/** A page of the Notes/History tab, newest first; {@code next} continues it, null at the end. */
public record TimelinePage(List<TimelineEntry> items, String next) {
}
