package org.svyaz.access.internal;

import static org.svyaz.schema.Tables.RECORD_GRANT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;
import org.svyaz.access.RecordAccess;

/** The teams and users records with LIMITED access are granted to, in {@code record_grant}. */
@Repository
public class JooqGrants {

    private static final String TEAM = "TEAM";
    private static final String USER = "USER";

    private final DSLContext dsl;

    JooqGrants(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The grants of these records, as LIMITED accesses by record id; records without any are left out. */
    public Map<UUID, RecordAccess> of(Collection<UUID> recordIds) {
        Map<UUID, List<UUID>> teams = new HashMap<>();
        Map<UUID, List<UUID>> users = new HashMap<>();
        dsl.selectFrom(RECORD_GRANT).where(RECORD_GRANT.RECORD_ID.in(recordIds))
                .orderBy(RECORD_GRANT.RECORD_ID, RECORD_GRANT.GRANTEE_KIND, RECORD_GRANT.GRANTEE_ID)
                .forEach(grant -> (TEAM.equals(grant.getGranteeKind()) ? teams : users)
                        .computeIfAbsent(grant.getRecordId(), id -> new ArrayList<>()).add(grant.getGranteeId()));
        Map<UUID, RecordAccess> accesses = new HashMap<>();
        for (UUID recordId : recordIds) {
            if (teams.containsKey(recordId) || users.containsKey(recordId)) {
                accesses.put(recordId, RecordAccess.limited(teams.getOrDefault(recordId, List.of()),
                        users.getOrDefault(recordId, List.of())));
            }
        }
        return accesses;
    }

    /** The statements that replace the record's grants by those of {@code access} (none unless it is LIMITED). */
    public List<Query> replacing(UUID recordId, RecordAccess access) {
        List<Query> statements = new ArrayList<>();
        statements.add(forgetting(List.of(recordId)));
        var insert = dsl.insertInto(RECORD_GRANT, RECORD_GRANT.RECORD_ID, RECORD_GRANT.GRANTEE_ID, RECORD_GRANT.GRANTEE_KIND);
        access.teamIds().forEach(team -> insert.values(recordId, team, TEAM));
        access.userIds().forEach(user -> insert.values(recordId, user, USER));
        if (!access.teamIds().isEmpty() || !access.userIds().isEmpty()) {
            statements.add(insert);
        }
        return statements;
    }

    /** The statement that erases the grants of these records. */
    public Query forgetting(Collection<UUID> recordIds) {
        return dsl.deleteFrom(RECORD_GRANT).where(RECORD_GRANT.RECORD_ID.in(recordIds));
    }

    /** The records granted to the grantee (a team about to be deleted). */
    public List<UUID> grantedTo(UUID granteeId) {
        return dsl.selectDistinct(RECORD_GRANT.RECORD_ID).from(RECORD_GRANT).where(RECORD_GRANT.GRANTEE_ID.eq(granteeId))
                .orderBy(RECORD_GRANT.RECORD_ID).fetch(RECORD_GRANT.RECORD_ID);
    }

    /** The statement that takes the grantee off one record. */
    public Query forgettingGrantee(UUID recordId, UUID granteeId) {
        return dsl.deleteFrom(RECORD_GRANT).where(RECORD_GRANT.RECORD_ID.eq(recordId)).and(RECORD_GRANT.GRANTEE_ID.eq(granteeId));
    }
}
