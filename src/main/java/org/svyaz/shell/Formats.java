package org.svyaz.shell;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that turns dates and times into text for users, by the patterns of their language
 * ({@code format.date}, {@code format.time}, {@code format.dateTime}, {@code format.dateTimeSeconds}
 * in the messages): pages call it as {@code ${@formats.date(d)}}, Java code directly, and the
 * message source for every date or time passed as a message argument, so no page or message shows
 * an ISO date such as 2003-09-05 to a Russian user. Values with a zone or offset are shown in theirs:
 * callers convert to the viewer's zone first. All methods answer null for null.
 */
@Component("formats")
public class Formats {

    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
    /** An ISO date, date and time, or instant inside stored text, e.g. 2003-09-05T08:00:00Z in a journaled record. */
    private static final Pattern ISO_IN_TEXT = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?\\b");

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    /** A day, e.g. 05.09.2003, in the current request's language. */
    public String date(LocalDate date) {
        return format(date, "format.date");
    }

    /** A time of day, e.g. 09:45. */
    public String time(LocalTime time) {
        return format(time, "format.time");
    }

    /** A day and time, e.g. 05.09.2003 09:45: a {@link LocalDateTime}, {@link OffsetDateTime} or {@link ZonedDateTime}. */
    public String dateTime(TemporalAccessor dateTime) {
        return format(dateTime, "format.dateTime");
    }

    /** A day and time to the second, for the audit log. */
    public String dateTimeSeconds(TemporalAccessor dateTime) {
        return format(dateTime, "format.dateTimeSeconds");
    }

    /**
     * Stored text as it is, except that the ISO dates, dates and times and instants in it read as
     * the language writes them, instants in {@code zone}: the audit log shows journaled values so.
     */
    public String inText(String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        Matcher iso = ISO_IN_TEXT.matcher(text);
        StringBuilder shown = new StringBuilder();
        while (iso.find()) {
            iso.appendReplacement(shown, Matcher.quoteReplacement(isoShown(iso, zone)));
        }
        return iso.appendTail(shown).toString();
    }

    private String isoShown(Matcher iso, ZoneId zone) {
        try {
            if (iso.group(2) != null) {
                return dateTime(OffsetDateTime.parse(iso.group()).atZoneSameInstant(zone));
            }
            return iso.group(1) != null ? dateTime(LocalDateTime.parse(iso.group())) : date(LocalDate.parse(iso.group()));
        } catch (DateTimeParseException notADate) {
            return iso.group();
        }
    }

    /** A date or time by another pattern of the messages, e.g. {@code format.monthHeading} for a calendar's title. */
    public String format(TemporalAccessor value, String patternKey) {
        Locale locale = LocaleContextHolder.getLocale();
        return value == null ? null : formatter(messages.getMessage(patternKey, null, locale), locale).format(value);
    }

    /**
     * A date or time in a language other than the current request's (a reminder mail in its
     * recipient's), by the patterns of {@code messages}.
     */
    public static String text(TemporalAccessor value, Locale locale, MessageSource messages) {
        return value == null ? null : String.valueOf(shown(value, locale, key -> messages.getMessage(key, null, locale)));
    }

    /**
     * A message argument as the user reads it: a {@link LocalDate}, {@link LocalTime} or date and time
     * formatted by the pattern that {@code patterns} finds for its message key, anything else unchanged.
     */
    public static Object shown(Object value, Locale locale, Function<String, String> patterns) {
        String patternKey = patternKey(value);
        return patternKey == null ? value : formatter(patterns.apply(patternKey), locale).format((TemporalAccessor) value);
    }

    private static String patternKey(Object value) {
        if (value instanceof LocalDate) {
            return "format.date";
        }
        if (value instanceof LocalTime) {
            return "format.time";
        }
        if (value instanceof LocalDateTime || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            return "format.dateTime";
        }
        return null;
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return FORMATTERS.computeIfAbsent(pattern + '|' + locale, key -> DateTimeFormatter.ofPattern(pattern, locale));
    }
}
