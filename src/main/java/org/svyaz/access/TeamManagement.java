package org.svyaz.access;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.access.internal.JooqTeams;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.StorableText;
import org.svyaz.shell.VersionConflict;
import org.svyaz.users.Permission;
import org.svyaz.users.Permissions;

/** Teams, kept by administrators (SPEC U3). Everyone may read them, to choose whom a record is limited to. */
@Service
public class TeamManagement {

    static final int MAX_NAME_LENGTH = 100;

    private final JooqTeams teams;
    private final AccessGrants grants;
    private final Permissions permissions;

    TeamManagement(JooqTeams teams, AccessGrants grants, Permissions permissions) {
        this.permissions = permissions;
        this.teams = teams;
        this.grants = grants;
    }

    public List<Team> all() {
        return teams.all();
    }

    public Team get(UUID teamId) {
        return teams.byId(teamId).orElseThrow(TeamNotFound::new);
    }

    /** @param memberNames the user names of its members */
    @Transactional
    public Team create(String name, List<String> memberNames) {
        requireAdministrator();
        List<UUID> members = check(name, memberNames, null);
        return get(teams.insert(name.trim(), members));
    }

    @Transactional
    public Team update(UUID teamId, String name, List<String> memberNames, long expectedVersion) {
        requireAdministrator();
        Team team = get(teamId);
        List<UUID> members = check(name, memberNames, teamId);
        if (team.version() != expectedVersion) {
            throw new VersionConflict();
        }
        teams.update(teamId, name.trim(), members, expectedVersion);
        return get(teamId);
    }

    /** Deletes the team; records limited to it are no longer seen by its members through it. */
    @Transactional
    public void delete(UUID teamId) {
        requireAdministrator();
        get(teamId);
        grants.forgetTeam(teamId);
        teams.delete(teamId);
    }

    private List<UUID> check(String name, List<String> memberNames, UUID teamId) {
        FieldErrors errors = new FieldErrors();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            errors.add("name", "error.required");
        } else if (trimmed.length() > MAX_NAME_LENGTH) {
            errors.add("name", "error.tooLong", MAX_NAME_LENGTH);
        } else if (!StorableText.isStorable(trimmed)) {
            errors.add("name", "error.badValue");
        } else if (teams.nameTaken(trimmed, teamId)) {
            errors.add("name", "error.team.nameTaken", trimmed);
        }
        List<UUID> members = grants.userIds(memberNames == null ? List.of() : memberNames, "members", errors);
        errors.throwIfAny();
        return members;
    }

    private void requireAdministrator() {
        permissions.require(Permission.MANAGE_TEAMS);
    }
}
