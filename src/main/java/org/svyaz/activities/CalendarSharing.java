package org.svyaz.activities;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.activities.internal.ActivityPermissions;
import org.svyaz.activities.internal.JooqCalendarGrants;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.RecordNotFound;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.Permission;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * Sharing calendars (SPEC K8): a user lets another one see their calendar, or see it and
 * schedule in it. Administrators and managers see and schedule in everyone's calendar without
 * being asked (they plan for their team, see {@link ActivityManagement}); a grant gives the same
 * to one other user for one calendar. Another user's private activities stay "busy" either way.
 */
@Service
public class CalendarSharing {

    private final JooqCalendarGrants grants;
    private final ActivityPermissions permissions;
    private final UserManagement users;

    CalendarSharing(JooqCalendarGrants grants, ActivityPermissions permissions, UserManagement users) {
        this.grants = grants;
        this.permissions = permissions;
        this.users = users;
    }

    /** Whom the current user has shared their calendar with. */
    public List<CalendarGrant> grantedByMe() {
        return grants.byOwner(users.current().id());
    }

    /** Whose calendars are shared with the current user. */
    public List<CalendarGrant> sharedWithMe() {
        return grants.byGrantee(users.current().id());
    }

    /** Shares the current user's calendar with the named user, or changes what that user may do in it. */
    @Transactional
    public CalendarGrant share(String userName, CalendarAccess access) {
        CurrentUser me = users.current();
        if (access == null) {
            throw InvalidInput.of("access", "error.calendar.access");
        }
        User grantee = enabledUser(userName);
        if (grantee.id().equals(me.id())) {
            throw InvalidInput.of("user", "error.calendar.shareWithSelf");
        }
        return grants.put(me.id(), grantee.id(), access);
    }

    /** Stops sharing the current user's calendar with the named user. */
    @Transactional
    public void unshare(String userName) {
        User grantee = users.byUserName(userName).orElseThrow(() -> InvalidInput.of("user", "error.activity.unknownUser", userName));
        if (!grants.delete(users.current().id(), grantee.id())) {
            throw new RecordNotFound("error.calendar.notShared", userName);
        }
    }

    /** The users whose calendars the current user may look at, the current user first, then by name. */
    public List<User> viewableCalendars() {
        CurrentUser me = users.current();
        if (ActivityPermissions.plansForOthers(me)) {
            return meFirst(me, users.all().stream().filter(User::enabled).toList());
        }
        return meFirst(me, owners(me, grants.byGrantee(me.id())));
    }

    /** The users the current user may schedule activities for, the current user first, then by name. */
    public List<User> schedulableCalendars() {
        CurrentUser me = users.current();
        if (!me.may(Permission.CREATE_RECORDS)) {
            return List.of();
        }
        if (ActivityPermissions.plansForOthers(me)) {
            return viewableCalendars();
        }
        return meFirst(me, owners(me, grants.byGrantee(me.id()).stream().filter(g -> g.access() == CalendarAccess.SCHEDULE).toList()));
    }

    public boolean mayScheduleFor(UUID ownerId) {
        return permissions.mayScheduleFor(users.current(), ownerId);
    }

    /** The current user and the enabled owners of the grants. */
    private List<User> owners(CurrentUser me, List<CalendarGrant> granted) {
        Set<UUID> wanted = granted.stream().map(CalendarGrant::ownerId).collect(Collectors.toSet());
        wanted.add(me.id());
        return users.all().stream().filter(u -> wanted.contains(u.id()) && (u.enabled() || u.id().equals(me.id()))).toList();
    }

    private static List<User> meFirst(CurrentUser me, List<User> found) {
        Map<UUID, User> unique = found.stream().collect(Collectors.toMap(User::id, Function.identity(), (a, b) -> a));
        return unique.values().stream()
                .sorted(Comparator.comparing((User u) -> !u.id().equals(me.id())).thenComparing(User::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private User enabledUser(String userName) {
        return users.byUserName(userName == null ? "" : userName).filter(User::enabled)
                .orElseThrow(() -> InvalidInput.of("user", "error.activity.unknownUser", userName));
    }
}
