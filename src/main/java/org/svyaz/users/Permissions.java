package org.svyaz.users;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.svyaz.shell.NotPermitted;

/**
 * The one place that decides whether the current user's role allows a write (SPEC U2, the role
 * matrix of {@link Role}). Every module asks here before it writes, and pages ask the boolean
 * methods ({@code ${@permissions.mayDelete('GROUP', g.recordManagerId())}}) to show only the
 * buttons the user may use. Whether the user may see the record at all is the modules' queries'
 * business: a record they may not see is unknown (404) before any of these is asked.
 *
 * <p>A record "of the user's own" is one whose record manager, owner or author (the {@code
 * ownerId} given) is the user; a null {@code ownerId} (records kept before their author was)
 * is nobody's own.
 */
@Component("permissions")
public class Permissions {

    private final UserManagement users;

    Permissions(UserManagement users) {
        this.users = users;
    }

    /** Every role with its permissions, in the order the enums declare them. */
    public static Map<Role, Set<Permission>> matrix() {
        Map<Role, Set<Permission>> matrix = new LinkedHashMap<>();
        Arrays.stream(Role.values()).forEach(role -> matrix.put(role, role.permissions()));
        return matrix;
    }

    public boolean may(Permission permission) {
        return users.current().role().may(permission);
    }

    /**
     * The current user, if their role has the permission.
     *
     * @throws NotPermitted otherwise
     */
    public CurrentUser require(Permission permission) {
        CurrentUser me = users.current();
        if (!me.role().may(permission)) {
            throw NotPermitted.forRole();
        }
        return me;
    }

    /** The current user, if they may create records (and change their own). */
    public CurrentUser requireMayCreate() {
        return require(Permission.CREATE_RECORDS);
    }

    public boolean mayCreate() {
        return may(Permission.CREATE_RECORDS);
    }

    public boolean mayChange(RecordKind kind, UUID ownerId) {
        return mayChange(users.current(), kind, ownerId);
    }

    public static boolean mayChange(CurrentUser me, RecordKind kind, UUID ownerId) {
        Role role = me.role();
        return role.may(Permission.CREATE_RECORDS) && (isOwn(me, ownerId) || role.may(kind.othersPermission()));
    }

    /**
     * The current user, if they may change the record of this kind whose record manager, owner
     * or author is {@code ownerId}.
     *
     * @throws NotPermitted otherwise
     */
    public CurrentUser requireMayChange(RecordKind kind, UUID ownerId) {
        CurrentUser me = users.current();
        requireMayChange(me, kind, ownerId);
        return me;
    }

    public static void requireMayChange(CurrentUser me, RecordKind kind, UUID ownerId) {
        if (!me.role().may(Permission.CREATE_RECORDS)) {
            throw NotPermitted.forRole();
        }
        if (!mayChange(me, kind, ownerId)) {
            throw new NotPermitted(kind == RecordKind.MY_RECORD ? "error.contact.othersMyRecord" : "error.record.notYours");
        }
    }

    public boolean mayDelete(RecordKind kind, UUID ownerId) {
        return mayDelete(users.current(), kind, ownerId);
    }

    /** A My Record is never deleted (its user's contact stays while the user exists). */
    public static boolean mayDelete(CurrentUser me, RecordKind kind, UUID ownerId) {
        return kind != RecordKind.MY_RECORD && me.role().may(isOwn(me, ownerId) ? Permission.DELETE_OWN_RECORDS
                : Permission.DELETE_OTHERS_RECORDS);
    }

    /**
     * The current user, if they may delete the record of this kind whose record manager, owner
     * or author is {@code ownerId}.
     *
     * @throws NotPermitted otherwise
     */
    public CurrentUser requireMayDelete(RecordKind kind, UUID ownerId) {
        CurrentUser me = users.current();
        requireMayDelete(me, kind, ownerId);
        return me;
    }

    public static void requireMayDelete(CurrentUser me, RecordKind kind, UUID ownerId) {
        if (!mayDelete(me, kind, ownerId)) {
            throw me.role().may(Permission.DELETE_OWN_RECORDS) ? new NotPermitted("error.record.notYoursToDelete")
                    : NotPermitted.forRole();
        }
    }

    /**
     * Whether the current user may give the record to another record manager (owner) or change
     * who may see it: its record manager, a Manager or an Administrator, so that nobody takes a
     * colleague's record by making it private to themselves.
     */
    public boolean mayChangeAccess(UUID recordManagerId) {
        return mayChangeAccess(users.current(), recordManagerId);
    }

    public static boolean mayChangeAccess(CurrentUser me, UUID recordManagerId) {
        return me.role().may(Permission.CREATE_RECORDS)
                && (isOwn(me, recordManagerId) || me.role().may(Permission.CHANGE_OTHERS_ACCESS));
    }

    /**
     * @throws NotPermitted with {@code messageKey} when the current user may not change the
     *         record's manager or access
     */
    public static void requireMayChangeAccess(CurrentUser me, UUID recordManagerId, String messageKey) {
        if (!mayChangeAccess(me, recordManagerId)) {
            throw new NotPermitted(messageKey);
        }
    }

    private static boolean isOwn(CurrentUser me, UUID ownerId) {
        return me.id().equals(ownerId);
    }
}
