package org.svyaz.activities.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.svyaz.access.Access;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ClearResult;
import org.svyaz.activities.Priority;

/**
 * An activity as the REST API shows it (API.md, "Activities"): date and time in its own
 * {@code timeZone}, {@code startsAt} and {@code endsAt} the UTC instants; users by name; {@code busy}
 * marks another user's private activity, whose texts and contacts are left out;
 * {@code conflicts} lists overlapping activities of the same user where they were checked
 * (answers to writes and to a single read), null in lists.
 */
record ActivityJson(UUID id, String type, LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime time, int durationMinutes,
        String timeZone, Instant startsAt, Instant endsAt, List<UUID> contactIds, String regarding, String details, Priority priority, String color, Integer alarmMinutesBefore,
        Instant alarmAt, String scheduledFor, String scheduledBy, UUID groupId, @JsonProperty("private") boolean isPrivate,
        Access access, List<UUID> accessTeams, List<String> accessUsers,
        UUID seriesId, boolean cleared, Instant clearedAt, String clearedBy, ClearResult result, String resultNotes, boolean busy,
        List<UUID> conflicts, Instant createdAt, Instant updatedAt, long version) {

    static ActivityJson of(Activity a, Map<UUID, String> userNames, List<UUID> conflicts) {
        return new ActivityJson(a.id(), a.type(), a.date(), a.time(), a.durationMinutes(), a.timeZone().getId(), a.startsAt(),
                a.endsAt(), a.contactIds(), a.regarding(),
                a.details(), a.priority(), a.color(), a.alarmMinutesBefore(), a.alarmAt() == null ? null : a.alarmAt().toInstant(),
                userNames.get(a.ownerId()), userNames.get(a.scheduledById()), a.groupId(), a.isPrivate(),
                a.busy() ? null : a.access().level(), a.access().teamIds(), a.access().userIds().stream().map(userNames::get).toList(),
                a.seriesId(), a.cleared(),
                a.clearedAt() == null ? null : a.clearedAt().toInstant(), a.clearedById() == null ? null : userNames.get(a.clearedById()),
                a.result(), a.resultNotes(), a.busy(), conflicts, a.createdAt().toInstant(), a.updatedAt().toInstant(), a.version());
    }
}
