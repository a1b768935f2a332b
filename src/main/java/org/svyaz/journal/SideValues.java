package org.svyaz.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Select;

/**
 * Values a module keeps beside records' rows, in tables of its own, and journals as fields or
 * links of those records: custom field values, the grants of limited records, group and team
 * members, an activity's contacts. The module declares them as a bean, so that a change that
 * arrives from another database, or a replay of the journal, writes them where they live. The
 * journal calls these methods on its apply path only, with the {@code dsl} to write through (the
 * database's own, or a scratch schema's), inside its transaction, and journals nothing for them:
 * the entries being applied are the journal.
 */
public interface SideValues {

    /** Whether this module keeps that field of that entity (a name, or a name prefix such as {@code customFields.}). */
    boolean keeps(String entity, String field);

    /** Writes a field's new value (null clears it). */
    default void set(DSLContext dsl, String entity, UUID recordId, String field, JsonNode value) {
        throw new UnsupportedOperationException(entity + "." + field + " is not set by value");
    }

    /** One field's new value for one record, as an entry sets it. */
    record Value(UUID recordId, String field, JsonNode value) {
    }

    /**
     * Writes many fields' new values, as {@link #set} would one after the other (a later value of
     * a record's field replaces an earlier one). A module that keeps many values writes them in a
     * few statements: a replay of the journal sets thousands at once.
     */
    default void setAll(DSLContext dsl, String entity, List<Value> values) {
        values.forEach(value -> set(dsl, entity, value.recordId(), value.field(), value.value()));
    }

    /** Links or unlinks one record in a field of links (a group's members). */
    default void link(DSLContext dsl, String entity, UUID recordId, String field, UUID linkedId, boolean linked) {
        throw new UnsupportedOperationException(entity + "." + field + " is not a field of links");
    }

    /** Removes what is kept beside records that were deleted, of every field this module keeps for them. */
    void recordsDeleted(DSLContext dsl, String entity, Collection<UUID> recordIds);

    /**
     * What the journal holds of these values, one query per table, each in an order that does not
     * depend on how the rows were written: {@code journal check} compares their answers in the
     * database with those in a replay of its journal. Values derived from others are left out.
     */
    List<Select<?>> contents(DSLContext dsl);
}
