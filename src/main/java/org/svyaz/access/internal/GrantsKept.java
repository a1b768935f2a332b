package org.svyaz.access.internal;

import static org.svyaz.schema.Tables.RECORD_GRANT;
import static org.svyaz.schema.Tables.TEAM_MEMBER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.springframework.stereotype.Component;
import org.svyaz.journal.BulkInsert;
import org.svyaz.journal.JournalValues;
import org.svyaz.journal.SideValues;
import org.svyaz.schema.tables.records.RecordGrantRecord;

/**
 * On the journal's apply path: the grants of a limited record (its {@code accessTeams} and
 * {@code accessUsers}, each a list of ids) and a team's {@code members} (links to users).
 */
@Component
class GrantsKept implements SideValues {

    private static final String TEAMS = "accessTeams";
    private static final String USERS = "accessUsers";
    private static final String MEMBERS = "members";

    @Override
    public boolean keeps(String entity, String field) {
        return TEAMS.equals(field) || USERS.equals(field) || JooqTeams.ENTITY.equals(entity) && MEMBERS.equals(field);
    }

    @Override
    public void set(DSLContext dsl, String entity, UUID recordId, String field, JsonNode value) {
        setAll(dsl, entity, List.of(new Value(recordId, field, value)));
    }

    /** Each record's grants of a kind are its last list: the old ones go in one statement per kind, the new ones in one batch. */
    @Override
    public void setAll(DSLContext dsl, String entity, List<Value> values) {
        Map<String, Map<UUID, JsonNode>> listsByKind = new LinkedHashMap<>();
        values.forEach(value -> listsByKind.computeIfAbsent(TEAMS.equals(value.field()) ? "TEAM" : "USER", kind -> new LinkedHashMap<>())
                .put(value.recordId(), value.value()));
        List<RecordGrantRecord> rows = new ArrayList<>();
        listsByKind.forEach((kind, lists) -> {
            dsl.deleteFrom(RECORD_GRANT).where(RECORD_GRANT.RECORD_ID.in(lists.keySet())).and(RECORD_GRANT.GRANTEE_KIND.eq(kind)).execute();
            lists.forEach((recordId, list) -> {
                for (JsonNode grantee : list == null || list.isNull() ? List.<JsonNode>of() : list) {
                    rows.add(new RecordGrantRecord(recordId, JournalValues.as(grantee, UUID.class), kind));
                }
            });
        });
        if (!rows.isEmpty()) {
            BulkInsert.insert(dsl, rows);
        }
    }

    @Override
    public void link(DSLContext dsl, String entity, UUID recordId, String field, UUID linkedId, boolean linked) {
        dsl.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(recordId)).and(TEAM_MEMBER.USER_ID.eq(linkedId)).execute();
        if (linked) {
            dsl.insertInto(TEAM_MEMBER).set(TEAM_MEMBER.TEAM_ID, recordId).set(TEAM_MEMBER.USER_ID, linkedId).execute();
        }
    }

    @Override
    public void recordsDeleted(DSLContext dsl, String entity, Collection<UUID> recordIds) {
        dsl.deleteFrom(RECORD_GRANT).where(RECORD_GRANT.RECORD_ID.in(recordIds)).execute();
        if (JooqTeams.ENTITY.equals(entity)) {
            dsl.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.in(recordIds)).execute();
        }
    }

    @Override
    public List<Select<?>> contents(DSLContext dsl) {
        return List.of(
                dsl.select(RECORD_GRANT.RECORD_ID, RECORD_GRANT.GRANTEE_KIND, RECORD_GRANT.GRANTEE_ID).from(RECORD_GRANT)
                        .orderBy(RECORD_GRANT.RECORD_ID, RECORD_GRANT.GRANTEE_KIND, RECORD_GRANT.GRANTEE_ID),
                dsl.select(TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.USER_ID).from(TEAM_MEMBER).orderBy(TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.USER_ID));
    }
}
