package org.svyaz.access.internal;

import static org.svyaz.schema.Tables.RECORD_GRANT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
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

    /** Replaces the record's grants by those of {@code access} (none unless it is LIMITED). */
    public void replace(UUID recordId, RecordAccess access) {
        forget(List.of(recordId));
        var insert = dsl.insertInto(RECORD_GRANT, RECORD_GRANT.RECORD_ID, RECORD_GRANT.GRANTEE_ID, RECORD_GRANT.GRANTEE_KIND);
        access.teamIds().forEach(team -> insert.values(recordId, team, TEAM));
        access.userIds().forEach(user -> insert.values(recordId, user, USER));
        if (!access.teamIds().isEmpty() || !access.userIds().isEmpty()) {
            insert.execute();
        }
    }

    public void forget(Collection<UUID> recordIds) {
        dsl.deleteFrom(RECORD_GRANT).where(RECORD_GRANT.RECORD_ID.in(recordIds)).execute();
    }

    /** Takes a team off every record it was granted to, when the team is deleted. */
    public void forgetGrantee(UUID granteeId) {
        dsl.deleteFrom(RECORD_GRANT).where(RECORD_GRANT.GRANTEE_ID.eq(granteeId)).execute();
    }
}
