package org.svyaz.access;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who may see a record: its level and, for {@link Access#LIMITED}, the teams and users it is
 * granted to (empty lists otherwise). The record manager always sees it.
 */
public record RecordAccess(Access level, List<UUID> teamIds, List<UUID> userIds) {

    public static final RecordAccess PUBLIC = new RecordAccess(Access.PUBLIC, List.of(), List.of());
    public static final RecordAccess PRIVATE = new RecordAccess(Access.PRIVATE, List.of(), List.of());

    public RecordAccess {
        Objects.requireNonNull(level);
        teamIds = level == Access.LIMITED ? List.copyOf(teamIds.stream().distinct().toList()) : List.of();
        userIds = level == Access.LIMITED ? List.copyOf(userIds.stream().distinct().toList()) : List.of();
    }

    /** The access the older boolean {@code private} meant. */
    public static RecordAccess privateIf(boolean isPrivate) {
        return isPrivate ? PRIVATE : PUBLIC;
    }

    /** The access of a record that is not LIMITED, or LIMITED without its grants read yet. */
    public static RecordAccess of(Access level) {
        return new RecordAccess(level, List.of(), List.of());
    }

    public static RecordAccess limited(List<UUID> teamIds, List<UUID> userIds) {
        return new RecordAccess(Access.LIMITED, teamIds, userIds);
    }

    public boolean isPrivate() {
        return level == Access.PRIVATE;
    }
}
