package org.svyaz.lookups.internal;

import static org.svyaz.schema.Tables.SAVED_LOOKUP;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.lookups.LookupDefinition;
import org.svyaz.lookups.SavedLookup;
import org.svyaz.lookups.SavedLookupNotFound;
import org.svyaz.schema.tables.records.SavedLookupRecord;

/** Saved lookups in {@code saved_lookup}, their definition as JSON; written through the journal. */
@Repository
public class JooqSavedLookups {

    private static final String ENTITY = "savedLookup";

    private final DSLContext dsl;
    private final JournaledWrites writes;
    private final ObjectMapper json;

    JooqSavedLookups(DSLContext dsl, JournaledWrites writes, ObjectMapper json) {
        this.dsl = dsl;
        this.writes = writes;
        this.json = json;
    }

    public List<SavedLookup> available(UUID userId) {
        return dsl.selectFrom(SAVED_LOOKUP).where(SAVED_LOOKUP.OWNER_ID.eq(userId).or(SAVED_LOOKUP.SHARED.isTrue()))
                .orderBy(SAVED_LOOKUP.LOOKUP_NAME, SAVED_LOOKUP.ID)
                .fetch(this::toSavedLookup);
    }

    public Optional<SavedLookup> byId(UUID id) {
        return dsl.selectFrom(SAVED_LOOKUP).where(SAVED_LOOKUP.ID.eq(id)).fetchOptional(this::toSavedLookup);
    }

    public boolean nameTaken(UUID ownerId, String name, UUID exceptId) {
        Condition others = exceptId == null ? SAVED_LOOKUP.ID.isNotNull() : SAVED_LOOKUP.ID.ne(exceptId);
        return dsl.fetchExists(SAVED_LOOKUP, SAVED_LOOKUP.OWNER_ID.eq(ownerId).and(SAVED_LOOKUP.LOOKUP_NAME.eq(name)).and(others));
    }

    public SavedLookup insert(String name, UUID ownerId, boolean shared, LookupDefinition definition) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SavedLookupRecord record = dsl.newRecord(SAVED_LOOKUP);
        record.setLookupName(name);
        record.setOwnerId(ownerId);
        record.setShared(shared);
        record.setDefinition(toJson(definition));
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        return toSavedLookup(writes.insert(ENTITY, record, null));
    }

    public SavedLookup update(UUID id, String name, boolean shared, LookupDefinition definition, long expectedVersion) {
        SavedLookupRecord record = fetch(id);
        record.setLookupName(name);
        record.setShared(shared);
        record.setDefinition(toJson(definition));
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        writes.update(ENTITY, record, expectedVersion, null);
        return toSavedLookup(record);
    }

    public void delete(UUID id) {
        writes.delete(ENTITY, fetch(id), null);
    }

    private SavedLookupRecord fetch(UUID id) {
        return dsl.selectFrom(SAVED_LOOKUP).where(SAVED_LOOKUP.ID.eq(id)).fetchOptional().orElseThrow(SavedLookupNotFound::new);
    }

    private SavedLookup toSavedLookup(SavedLookupRecord record) {
        try {
            LookupDefinition definition = json.readValue(record.getDefinition(), LookupDefinition.class);
            return new SavedLookup(record.getId(), record.getLookupName(), record.getOwnerId(), record.getShared(), definition,
                    record.getVersion());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A saved lookup's definition is not readable: " + record.getId(), e);
        }
    }

    private String toJson(LookupDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A lookup is always JSON", e);
        }
    }
}
