package org.svyaz.lookups.internal;

import static org.svyaz.schema.Tables.CONTACT_LIST_COLUMNS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Each user's choice of Contact List columns in {@code contact_list_columns}: a user's working
 * state like tags, written directly (not a record that is journaled or synchronized).
 */
@Repository
public class JooqListColumns {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final ObjectMapper json;

    JooqListColumns(DSLContext dsl, ObjectMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    public Optional<List<String>> of(UUID userId) {
        return dsl.select(CONTACT_LIST_COLUMNS.COLUMN_NAMES).from(CONTACT_LIST_COLUMNS).where(CONTACT_LIST_COLUMNS.USER_ID.eq(userId))
                .fetchOptional(CONTACT_LIST_COLUMNS.COLUMN_NAMES).map(this::fromJson);
    }

    /** Replaces the user's choice; the caller's transaction makes the two statements one change. */
    public void choose(UUID userId, List<String> columns) {
        forget(userId);
        dsl.insertInto(CONTACT_LIST_COLUMNS).set(CONTACT_LIST_COLUMNS.USER_ID, userId)
                .set(CONTACT_LIST_COLUMNS.COLUMN_NAMES, toJson(columns)).execute();
    }

    public void forget(UUID userId) {
        dsl.deleteFrom(CONTACT_LIST_COLUMNS).where(CONTACT_LIST_COLUMNS.USER_ID.eq(userId)).execute();
    }

    private String toJson(List<String> columns) {
        try {
            return json.writeValueAsString(columns);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings is always JSON", e);
        }
    }

    private List<String> fromJson(String columns) {
        try {
            return json.readValue(columns, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored list columns are not JSON: " + columns, e);
        }
    }
}
