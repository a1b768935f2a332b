package org.svyaz.users.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.svyaz.shell.FieldErrors;
import org.svyaz.users.User;

/** Reads the time zone a client sends (an IANA name), and lists the zones a user may pick. */
final class TimeZones {

    /** Russia's zones from west to east, offered first: where most of Svyaz's users live. */
    private static final List<String> RUSSIA = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara",
            "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk",
            "Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka");

    /** A zone as the picker shows it: its name and its offset from UTC today. */
    record Choice(String id, String label) {
    }

    private TimeZones() {
    }

    /** The zone, null when none was sent; a name that is no IANA zone is invalid input. */
    static ZoneId parse(String name) {
        FieldErrors errors = new FieldErrors();
        ZoneId zone = errors.timeZone("timeZone", name);
        errors.throwIfAny();
        return zone;
    }

    /** Russia's zones, then every other region zone by name. */
    static List<Choice> choices() {
        return choices(null);
    }

    /** The same, with the user's own zone first when the list lacks it (one the API set, such as UTC). */
    static List<Choice> choices(User user) {
        Set<String> all = ZoneId.getAvailableZoneIds();
        Stream<String> others = all.stream().filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")
                && !RUSSIA.contains(id)).sorted();
        List<String> ids = Stream.concat(RUSSIA.stream(), others).toList();
        Stream<String> own = user == null || ids.contains(user.timeZone().getId()) ? Stream.empty() : Stream.of(user.timeZone().getId());
        return Stream.concat(own, ids.stream()).map(TimeZones::choice).toList();
    }

    private static Choice choice(String id) {
        ZoneOffset offset = ZoneId.of(id).getRules().getOffset(Instant.now());
        return new Choice(id, "(UTC" + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId()) + ") " + id);
    }
}
