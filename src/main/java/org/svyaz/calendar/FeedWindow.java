package org.svyaz.calendar;

import org.svyaz.shell.FieldErrors;

/**
 * How far a feed reaches: {@code pastDays} before today (90 unless asked otherwise, so a phone
 * does not download years of history) and, when {@code futureDays} is set, that many days after
 * it; everything ahead otherwise.
 */
public record FeedWindow(int pastDays, Integer futureDays) {

    public static final int DEFAULT_PAST_DAYS = 90;
    /** A hundred years either way: enough for any history, and no date arithmetic overflows. */
    static final int MOST_DAYS = 36_600;

    public static final FeedWindow DEFAULT = new FeedWindow(DEFAULT_PAST_DAYS, null);

    /** The window of a feed address's query, null meaning the default; a number out of range is refused. */
    public static FeedWindow of(Integer pastDays, Integer futureDays) {
        FieldErrors errors = new FieldErrors();
        check(errors, "pastDays", pastDays);
        check(errors, "futureDays", futureDays);
        errors.throwIfAny();
        return new FeedWindow(pastDays == null ? DEFAULT_PAST_DAYS : pastDays, futureDays);
    }

    private static void check(FieldErrors errors, String field, Integer days) {
        if (days != null && (days < 0 || days > MOST_DAYS)) {
            errors.add(field, "error.feed.days", field, MOST_DAYS);
        }
    }
}
