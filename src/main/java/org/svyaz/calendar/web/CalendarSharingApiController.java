package org.svyaz.calendar.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.activities.CalendarGrant;
import org.svyaz.activities.CalendarSharing;
import org.svyaz.users.UserManagement;

/**
 * Sharing the caller's calendar over the API: {@code GET /api/v1/me/calendar-sharing} lists
 * whom the caller shares with and who shares with the caller; {@code PUT .../{userName}}
 * {@code {"access":"VIEW"|"SCHEDULE"}} shares or changes the access; {@code DELETE} stops sharing.
 */
@RestController
class CalendarSharingApiController {

    private final CalendarSharing sharing;
    private final UserManagement users;

    CalendarSharingApiController(CalendarSharing sharing, UserManagement users) {
        this.sharing = sharing;
        this.users = users;
    }

    record AccessRequest(String access) {
    }

    /** One grant as the API shows it: the other user by name, and the access. */
    record GrantJson(String user, String access) {
    }

    record SharingJson(List<GrantJson> sharedWith, List<GrantJson> sharedWithMe) {
    }

    @GetMapping("/api/v1/me/calendar-sharing")
    SharingJson sharing() {
        List<CalendarGrant> mine = sharing.grantedByMe();
        List<CalendarGrant> theirs = sharing.sharedWithMe();
        Map<UUID, String> names = users.userNames(Stream.concat(mine.stream().map(CalendarGrant::granteeId),
                theirs.stream().map(CalendarGrant::ownerId)).collect(Collectors.toSet()));
        return new SharingJson(mine.stream().map(g -> new GrantJson(names.get(g.granteeId()), g.access().name())).toList(),
                theirs.stream().map(g -> new GrantJson(names.get(g.ownerId()), g.access().name())).toList());
    }

    @PutMapping("/api/v1/me/calendar-sharing/{userName}")
    GrantJson share(@PathVariable String userName, @RequestBody(required = false) AccessRequest request) {
        CalendarGrant grant = sharing.share(userName, CalendarAccessParam.parse(request == null ? null : request.access()));
        return new GrantJson(users.userNames(Set.of(grant.granteeId())).get(grant.granteeId()), grant.access().name());
    }

    @DeleteMapping("/api/v1/me/calendar-sharing/{userName}")
    ResponseEntity<Void> unshare(@PathVariable String userName) {
        sharing.unshare(userName);
        return ResponseEntity.noContent().build();
    }
}
