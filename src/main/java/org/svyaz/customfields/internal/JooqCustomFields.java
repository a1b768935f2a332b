package org.svyaz.customfields.internal;

import static org.svyaz.schema.Tables.CUSTOM_FIELD;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.svyaz.customfields.CustomField;
import org.svyaz.customfields.CustomFieldNotFound;
import org.svyaz.customfields.CustomFieldType;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.CustomFieldRecord;

/** Field definitions in {@code custom_field}; their values live in {@code custom_value}. */
@Repository
public class JooqCustomFields {

    private static final String ENTITY = "customField";
    private static final long FRESH_NANOS = 1_000_000_000L;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final JournaledWrites writes;
    private final ObjectMapper json;
    private final Map<String, Cached> byEntity = new ConcurrentHashMap<>();

    JooqCustomFields(DSLContext dsl, JournaledWrites writes, ObjectMapper json) {
        this.dsl = dsl;
        this.writes = writes;
        this.json = json;
    }

    /**
     * The fields of an entity, read on nearly every request, so kept for a second: a change made
     * here shows at once, one made by another server sharing the database within that second.
     */
    public List<CustomField> ofEntity(String entity) {
        Cached cached = byEntity.get(entity);
        long now = System.nanoTime();
        if (cached != null && now - cached.readAt() < FRESH_NANOS) {
            return cached.fields();
        }
        List<CustomField> fields = dsl.selectFrom(CUSTOM_FIELD).where(CUSTOM_FIELD.ENTITY.eq(entity))
                .orderBy(CUSTOM_FIELD.POSITION, CUSTOM_FIELD.LABEL)
                .fetch(this::toField);
        byEntity.put(entity, new Cached(List.copyOf(fields), now));
        return fields;
    }

    public Optional<CustomField> byId(UUID fieldId) {
        return dsl.selectFrom(CUSTOM_FIELD).where(CUSTOM_FIELD.ID.eq(fieldId)).fetchOptional(this::toField);
    }

    public Optional<CustomField> byName(String entity, String name) {
        return dsl.selectFrom(CUSTOM_FIELD).where(CUSTOM_FIELD.ENTITY.eq(entity)).and(CUSTOM_FIELD.FIELD_NAME.eq(name))
                .fetchOptional(this::toField);
    }

    /** What an update writes of a field. */
    public record Definition(String label, String labelRu, List<String> options, int position) {
    }

    public CustomField insert(String entity, String name, String label, String labelRu, CustomFieldType type, List<String> options) {
        Integer lastPosition = dsl.select(DSL.max(CUSTOM_FIELD.POSITION)).from(CUSTOM_FIELD)
                .where(CUSTOM_FIELD.ENTITY.eq(entity)).fetchOne(0, Integer.class);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CustomFieldRecord field = dsl.newRecord(CUSTOM_FIELD);
        field.setEntity(entity);
        field.setFieldName(name);
        field.setLabel(label);
        field.setLabelRu(labelRu);
        field.setFieldType(type.name());
        field.setOptions(toJson(options));
        field.setPosition(lastPosition == null ? 1 : lastPosition + 1);
        field.setCreatedAt(now);
        field.setUpdatedAt(now);
        CustomField inserted = toField(writes.insert(ENTITY, field, null));
        byEntity.clear();
        return inserted;
    }

    public CustomField update(UUID fieldId, Definition definition, long expectedVersion) {
        CustomFieldRecord field = fetch(fieldId);
        field.setLabel(definition.label());
        field.setLabelRu(definition.labelRu());
        field.setOptions(toJson(definition.options()));
        field.setPosition(definition.position());
        field.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        writes.update(ENTITY, field, expectedVersion, null);
        byEntity.clear();
        return toField(field);
    }

    /** Gives a field a new name (a clash of two databases' names), through the journal. */
    public CustomField rename(UUID fieldId, String name) {
        CustomFieldRecord field = fetch(fieldId);
        long version = field.getVersion();
        field.setFieldName(name);
        field.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        writes.update(ENTITY, field, version, null);
        byEntity.clear();
        return toField(field);
    }

    /** Deletes the definition, whose values must be gone (see {@link JooqCustomValues#deleteAllOf(CustomField)}). */
    public void delete(CustomField field) {
        writes.delete(ENTITY, fetch(field.id()), null);
        byEntity.clear();
    }

    private CustomFieldRecord fetch(UUID fieldId) {
        return dsl.selectFrom(CUSTOM_FIELD).where(CUSTOM_FIELD.ID.eq(fieldId)).fetchOptional().orElseThrow(CustomFieldNotFound::new);
    }

    private CustomField toField(CustomFieldRecord field) {
        return new CustomField(field.getId(), field.getEntity(), field.getFieldName(), field.getLabel(), field.getLabelRu(),
                CustomFieldType.valueOf(field.getFieldType()), fromJson(field.getOptions()), field.getPosition(), field.getVersion());
    }

    /** Forgets the kept definitions, for tests that change the table behind this class's back. */
    void forgetKeptFields() {
        byEntity.clear();
    }

    private record Cached(List<CustomField> fields, long readAt) {
    }

    private String toJson(List<String> options) {
        try {
            return json.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings is always JSON", e);
        }
    }

    private List<String> fromJson(String options) {
        try {
            return json.readValue(options, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored pick-list options are not JSON: " + options, e);
        }
    }
}
