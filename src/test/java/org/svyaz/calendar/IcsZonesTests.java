package org.svyaz.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/**
 * The VTIMEZONE written for a feed's zone says what Java's rules say: ical4j, reading times by
 * it alone, places them at the same instants as Java does, in summer and winter and right after
 * each change of offset, for every zone Java knows whose changes follow yearly rules or that has none.
 */
class IcsZonesTests {

    private static final int YEAR = 2025;

    @Test
    void everyZonesVtimezonePlacesTimesAsJavaDoes() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            if (id.startsWith("ical4j")) {
                continue; // the zones ical4j made of the VTIMEZONEs it has read, which Java lists as well
            }
            ZoneId zone = ZoneId.of(id);
            if (zone.getRules().getTransitionRules().isEmpty() && zone.getRules().nextTransition(Instant.now()) != null) {
                continue; // changes by no yearly rule (Casablanca's around Ramadan): said without them, see IcsZones
            }
            List<LocalDateTime> times = times(zone);
            StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n");
            IcsZones.write(ics, zone);
            for (int i = 0; i < times.size(); i++) {
                ics.append("BEGIN:VEVENT\r\nUID:").append(i).append("\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;TZID=").append(id)
                        .append(':').append(times.get(i).toString().replace("-", "").replace(":", "")).append("00\r\nEND:VEVENT\r\n");
            }
            ics.append("END:VCALENDAR\r\n");
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics.toString()));
            List<VEvent> events = calendar.getComponents("VEVENT");
            for (VEvent event : events) {
                LocalDateTime local = times.get(Integer.parseInt(event.getUid().orElseThrow().getValue()));
                Temporal read = event.<DateProperty<Temporal>>getRequiredProperty("DTSTART").getDate();
                Instant expected = local.atZone(zone).toInstant();
                if (!Instant.from(read).equals(expected)) {
                    mismatches.add(id + " " + local + ": " + Instant.from(read) + " instead of " + expected);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** Midwinter and midsummer noon, and an hour after each change of offset in the year. */
    private static List<LocalDateTime> times(ZoneId zone) {
        List<LocalDateTime> times = new ArrayList<>(List.of(LocalDateTime.of(YEAR, 1, 15, 12, 0), LocalDateTime.of(YEAR, 7, 15, 12, 0)));
        ZonedDateTime start = ZonedDateTime.of(YEAR, 1, 1, 0, 0, 0, 0, zone);
        ZoneOffsetTransition next = zone.getRules().nextTransition(start.toInstant());
        while (next != null && next.getInstant().isBefore(start.plusYears(1).toInstant())) {
            times.add(next.getDateTimeAfter().plusHours(1));
            next = zone.getRules().nextTransition(next.getInstant());
        }
        return times;
    }
}
