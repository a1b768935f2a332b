package org.svyaz.access.internal;

import static org.svyaz.schema.Tables.TEAM;
import static org.svyaz.schema.Tables.TEAM_MEMBER;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;
import org.svyaz.access.Team;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.journal.RecordIds;
import org.svyaz.schema.tables.records.TeamRecord;
import org.svyaz.shell.SearchKeys;

/** Teams and their members in {@code team} and {@code team_member}, written through the journal. */
@Repository
public class JooqTeams {

    public static final String ENTITY = "team";
    private static final String MEMBERS = "members";

    private final DSLContext dsl;
    private final JournaledWrites writes;

    JooqTeams(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    public List<Team> all() {
        Map<UUID, List<UUID>> members = dsl.selectFrom(TEAM_MEMBER).orderBy(TEAM_MEMBER.USER_ID).stream()
                .collect(Collectors.groupingBy(m -> m.getTeamId(), Collectors.mapping(m -> m.getUserId(), Collectors.toList())));
        return dsl.selectFrom(TEAM).orderBy(TEAM.NAME_SEARCH).fetch(team -> toTeam(team, members.getOrDefault(team.getId(), List.of())));
    }

    public Optional<Team> byId(UUID teamId) {
        return dsl.selectFrom(TEAM).where(TEAM.ID.eq(teamId)).fetchOptional(team -> toTeam(team, membersOf(teamId)));
    }

    public boolean nameTaken(String name, UUID exceptTeamId) {
        return dsl.fetchExists(TEAM, TEAM.NAME_SEARCH.eq(SearchKeys.text(name))
                .and(exceptTeamId == null ? TEAM.ID.isNotNull() : TEAM.ID.ne(exceptTeamId)));
    }

    /** How many of these ids are teams. */
    public int countExisting(Collection<UUID> teamIds) {
        return teamIds.isEmpty() ? 0 : dsl.fetchCount(TEAM, TEAM.ID.in(teamIds));
    }

    public UUID insert(String name, List<UUID> members) {
        TeamRecord team = dsl.newRecord(TEAM);
        team.setId(RecordIds.next());
        team.setTeamName(name);
        team.setNameSearch(SearchKeys.text(name));
        team.setCreatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        writes.insert(ENTITY, team, null);
        link(team.getId(), members, true);
        return team.getId();
    }

    public void update(UUID teamId, String name, List<UUID> members, long expectedVersion) {
        TeamRecord team = dsl.selectFrom(TEAM).where(TEAM.ID.eq(teamId)).fetchSingle();
        team.setTeamName(name);
        team.setNameSearch(SearchKeys.text(name));
        List<UUID> before = membersOf(teamId);
        if (!writes.update(ENTITY, team, expectedVersion, null)) {
            writes.touch(ENTITY, team, expectedVersion);
        }
        link(teamId, before.stream().filter(member -> !members.contains(member)).toList(), false);
        link(teamId, members.stream().filter(member -> !before.contains(member)).toList(), true);
    }

    public void delete(UUID teamId) {
        link(teamId, membersOf(teamId), false);
        writes.delete(ENTITY, dsl.selectFrom(TEAM).where(TEAM.ID.eq(teamId)).fetchSingle(), null);
    }

    private void link(UUID teamId, List<UUID> users, boolean linked) {
        if (users.isEmpty()) {
            return;
        }
        Query write;
        if (linked) {
            var insert = dsl.insertInto(TEAM_MEMBER, TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.USER_ID);
            users.forEach(user -> insert.values(teamId, user));
            write = insert;
        } else {
            write = dsl.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(teamId)).and(TEAM_MEMBER.USER_ID.in(users));
        }
        writes.linkAll(ENTITY, teamId, MEMBERS, users, linked, write);
    }

    private List<UUID> membersOf(UUID teamId) {
        return dsl.select(TEAM_MEMBER.USER_ID).from(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(teamId))
                .orderBy(TEAM_MEMBER.USER_ID).fetch(TEAM_MEMBER.USER_ID);
    }

    private static Team toTeam(TeamRecord team, List<UUID> members) {
        return new Team(team.getId(), team.getTeamName(), members, team.getVersion());
    }
}
