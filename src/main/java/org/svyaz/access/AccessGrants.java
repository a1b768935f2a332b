package org.svyaz.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Query;
import org.springframework.stereotype.Service;
import org.svyaz.access.internal.JooqGrants;
import org.svyaz.access.internal.JooqTeams;
import org.svyaz.journal.Journal;
import org.svyaz.journal.JournalEntry;
import org.svyaz.journal.JournalFilter;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.shell.FieldErrors;
import org.svyaz.users.UserManagement;

/**
 * The access of records: turns what a request says into a checked {@link RecordAccess}, reads the
 * teams and users a LIMITED record is granted to, and writes them (journaled as the record's
 * {@code accessTeams} and {@code accessUsers} fields) in the module's transaction. The module
 * keeps the level itself, in its record's {@code access} column.
 */
@Service
public class AccessGrants {

    /** Entries read to find a granted record's entity: its own come first among those of records under it. */
    private static final int JOURNAL_PAGE = 100;

    private final JooqGrants grants;
    private final JooqTeams teams;
    private final UserManagement users;
    private final JournaledWrites writes;
    private final Journal journal;

    AccessGrants(JooqGrants grants, JooqTeams teams, UserManagement users, JournaledWrites writes, Journal journal) {
        this.journal = journal;
        this.grants = grants;
        this.teams = teams;
        this.users = users;
        this.writes = writes;
    }

    /**
     * The access a request asks for, starting from {@code current} (PUBLIC for a new record): the
     * level from {@code access}, else from {@code private}; the teams and users given, else the
     * current ones. Unknown levels, teams and users, grants on a record that is not LIMITED, and a
     * LIMITED record granted to nobody are errors by property name.
     */
    public RecordAccess resolve(AccessInput input, RecordAccess current, FieldErrors errors) {
        Access level = level(input, current, errors);
        if (level == null) {
            return current;
        }
        List<UUID> teamIds = input.teams() == null ? current.teamIds() : teamIds(input.teams(), errors);
        List<UUID> userIds = input.users() == null ? current.userIds() : userIds(input.users(), "accessUsers", errors);
        if (level != Access.LIMITED) {
            if (input.teams() != null && !input.teams().isEmpty()) {
                errors.add("accessTeams", "error.access.grantsNeedLimited");
            }
            if (input.users() != null && !input.users().isEmpty()) {
                errors.add("accessUsers", "error.access.grantsNeedLimited");
            }
            return RecordAccess.of(level);
        }
        if (teamIds.isEmpty() && userIds.isEmpty()) {
            errors.add("access", "error.access.limitedToNobody");
        }
        return RecordAccess.limited(teamIds, userIds);
    }

    /**
     * The access a page's form asks for: {@code level} (null when the form did not offer it, which
     * keeps {@code current}) and, when it is LIMITED, the chosen teams and users by id.
     */
    public RecordAccess fromForm(String level, List<UUID> teamIds, List<UUID> userIds, RecordAccess current, FieldErrors errors) {
        if (level == null || level.isBlank()) {
            return current;
        }
        boolean limited = Access.LIMITED.name().equals(level);
        List<String> teamTexts = limited && teamIds != null ? teamIds.stream().map(UUID::toString).toList() : List.of();
        Map<UUID, String> names = limited && userIds != null ? users.userNames(userIds) : Map.of();
        if (names.size() < (limited && userIds != null ? userIds.stream().distinct().count() : 0)) {
            errors.add("accessUsers", "error.unknownUser", "?");
        }
        return resolve(new AccessInput(level, null, teamTexts, List.copyOf(names.values())), current, errors);
    }

    /** The access of one record whose level is {@code level}, with its grants when it is LIMITED. */
    public RecordAccess of(UUID recordId, Access level) {
        return level == Access.LIMITED ? grants.of(List.of(recordId)).getOrDefault(recordId, RecordAccess.of(level))
                : RecordAccess.of(level);
    }

    /** The accesses of many records at once, by id: one query for the LIMITED ones' grants. */
    public <T> Map<UUID, RecordAccess> of(Collection<T> records, Function<T, UUID> id, Function<T, Access> level) {
        List<UUID> limited = records.stream().filter(r -> level.apply(r) == Access.LIMITED).map(id).toList();
        Map<UUID, RecordAccess> granted = limited.isEmpty() ? Map.of() : grants.of(limited);
        Map<UUID, RecordAccess> accesses = new HashMap<>();
        records.forEach(r -> accesses.put(id.apply(r), granted.getOrDefault(id.apply(r), RecordAccess.of(level.apply(r)))));
        return accesses;
    }

    /**
     * Writes a record's grants when they changed, in the caller's transaction, and journals them
     * as fields of the record's entity.
     */
    public void write(String entity, UUID recordId, UUID parentId, RecordAccess before, RecordAccess after) {
        boolean teamsChanged = !Objects.equals(before.teamIds(), after.teamIds());
        boolean usersChanged = !Objects.equals(before.userIds(), after.userIds());
        if (!teamsChanged && !usersChanged) {
            return;
        }
        Query[] replace = grants.replacing(recordId, after).toArray(Query[]::new);
        if (teamsChanged) {
            writes.setField(entity, recordId, parentId, "accessTeams", after.teamIds(), replace);
        }
        if (usersChanged) {
            writes.setField(entity, recordId, parentId, "accessUsers", after.userIds(), teamsChanged ? new Query[0] : replace);
        }
    }

    /**
     * Erases the grants of records about to be deleted, journaled as their {@code accessTeams}
     * and {@code accessUsers} cleared (the records' tombstones follow).
     */
    public void forget(String entity, Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return;
        }
        Map<UUID, RecordAccess> granted = grants.of(recordIds);
        List<JournaledWrites.FieldValue> cleared = new ArrayList<>();
        granted.forEach((recordId, access) -> {
            if (!access.teamIds().isEmpty()) {
                cleared.add(new JournaledWrites.FieldValue(recordId, "accessTeams", List.of()));
            }
            if (!access.userIds().isEmpty()) {
                cleared.add(new JournaledWrites.FieldValue(recordId, "accessUsers", List.of()));
            }
        });
        if (!cleared.isEmpty()) {
            writes.setFields(entity, cleared, grants.forgetting(granted.keySet()));
        }
    }

    /**
     * Takes a team about to be deleted off every record granted to it, journaled as each record's
     * new {@code accessTeams}. The grants do not say what kind of record they are of; the
     * record's own journal does (its accessTeams entries, written when the team was granted).
     */
    public void forgetTeam(UUID teamId) {
        for (UUID recordId : grants.grantedTo(teamId)) {
            RecordAccess access = grants.of(List.of(recordId)).get(recordId);
            List<UUID> teamsLeft = access.teamIds().stream().filter(team -> !team.equals(teamId)).toList();
            writes.setField(entityOf(recordId), recordId, null, "accessTeams", teamsLeft, grants.forgettingGrantee(recordId, teamId));
        }
    }

    private String entityOf(UUID recordId) {
        JournalFilter teamGrants = new JournalFilter(null, null, recordId, "accessTeams", Set.of(JournalOperation.SET), null, null,
                null, null);
        return journal.entries(teamGrants, null, JOURNAL_PAGE).stream()
                .filter(entry -> entry.recordId().equals(recordId))
                .map(JournalEntry::entity)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No journaled grant of record " + recordId));
    }

    /** The user names of a record's granted users, in its order, for answers that name users. */
    public List<String> userNames(RecordAccess access) {
        if (access.userIds().isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = users.userNames(access.userIds());
        return access.userIds().stream().map(names::get).filter(Objects::nonNull).toList();
    }

    private static Access level(AccessInput input, RecordAccess current, FieldErrors errors) {
        Access level = current.level();
        if (input.level() != null) {
            try {
                level = Access.valueOf(input.level().trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add("access", "error.access.unknown", input.level());
                return null;
            }
            if (input.isPrivate() != null && input.isPrivate() != (level == Access.PRIVATE)) {
                errors.add("private", "error.access.contradicts");
            }
        } else if (input.isPrivate() != null) {
            level = input.isPrivate() ? Access.PRIVATE : level == Access.PRIVATE ? Access.PUBLIC : level;
        }
        return level;
    }

    private List<UUID> teamIds(List<String> given, FieldErrors errors) {
        List<UUID> ids = new ArrayList<>();
        for (String text : given) {
            try {
                ids.add(UUID.fromString(text.trim()));
            } catch (IllegalArgumentException notAnId) {
                errors.add("accessTeams", "error.team.unknown", text);
            }
        }
        List<UUID> distinct = ids.stream().distinct().toList();
        if (teams.countExisting(distinct) != distinct.size()) {
            errors.add("accessTeams", "error.team.unknown", String.join(", ", given));
        }
        return distinct;
    }

    /** The ids of the users so named, each once; an unknown name is an error at {@code field}. */
    List<UUID> userIds(List<String> names, String field, FieldErrors errors) {
        List<UUID> ids = new ArrayList<>();
        for (String name : names) {
            users.byUserName(name == null ? "" : name).ifPresentOrElse(user -> ids.add(user.id()),
                    () -> errors.add(field, "error.unknownUser", String.valueOf(name)));
        }
        return ids.stream().distinct().toList();
    }
}
