package org.svyaz.groups.internal;

import static org.svyaz.schema.Tables.CONTACT_GROUP;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;
import org.svyaz.access.Access;
import org.svyaz.access.RecordAccess;
import org.svyaz.access.Visibility;
import org.svyaz.groups.Group;
import org.svyaz.groups.GroupNotFound;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.schema.tables.records.ContactGroupRecord;
import org.svyaz.shell.SearchKeys;

/** Groups in {@code contact_group}, written through the journal; the rule kept as JSON. */
@Repository
public class JooqGroups {

    public static final String ENTITY = "group";

    private final DSLContext dsl;
    private final JournaledWrites writes;
    private final ObjectMapper json;

    JooqGroups(DSLContext dsl, JournaledWrites writes, ObjectMapper json) {
        this.dsl = dsl;
        this.writes = writes;
        this.json = json;
    }

    /** The group, if the viewer may see it. */
    public Optional<Group> byId(UUID id, UUID viewer) {
        return dsl.selectFrom(CONTACT_GROUP).where(CONTACT_GROUP.ID.eq(id)).and(visibleTo(viewer)).fetchOptional(this::toGroup);
    }

    /** Who may see a group, as {@link Visibility} decides for every record. */
    public static Condition visibleTo(UUID viewer) {
        return Visibility.visibleTo(viewer, CONTACT_GROUP.ACCESS, CONTACT_GROUP.RECORD_MANAGER_ID, CONTACT_GROUP.ID);
    }

    /** Every group, in name order: the tree and group lookups are built from it. */
    /** Those of the groups that exist and the viewer may see. */
    public Set<UUID> visibleIds(Collection<UUID> ids, UUID viewer) {
        return new HashSet<>(dsl.select(CONTACT_GROUP.ID).from(CONTACT_GROUP).where(CONTACT_GROUP.ID.in(ids)).and(visibleTo(viewer))
                .fetch(CONTACT_GROUP.ID));
    }

    /** The groups the viewer may see, in name order. */
    public List<Group> all(UUID viewer) {
        return dsl.selectFrom(CONTACT_GROUP).where(visibleTo(viewer)).orderBy(CONTACT_GROUP.GROUP_NAME_SEARCH, CONTACT_GROUP.ID).fetch(this::toGroup);
    }

    /** Each group's parent, for walking the tree without reading every field. */
    public Map<UUID, UUID> parents() {
        return dsl.select(CONTACT_GROUP.ID, CONTACT_GROUP.PARENT_ID).from(CONTACT_GROUP)
                .fetchMap(CONTACT_GROUP.ID, CONTACT_GROUP.PARENT_ID);
    }

    public List<Group> withRules() {
        return dsl.selectFrom(CONTACT_GROUP).where(CONTACT_GROUP.MEMBERSHIP_RULE.isNotNull()).fetch(this::toGroup);
    }

    public Group insert(Group group, UUID userId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ContactGroupRecord record = dsl.newRecord(CONTACT_GROUP);
        fill(record, group);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        return toGroup(writes.insert(ENTITY, record, group.parentId()));
    }

    /** @return whether a field changed */
    public boolean update(Group group, long expectedVersion) {
        ContactGroupRecord record = fetch(group.id());
        fill(record, group);
        if (!record.changed()) {
            return false;
        }
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        return writes.update(ENTITY, record, expectedVersion, group.parentId());
    }

    /** Writes a group's membership rule (null: none). */
    public void setRule(UUID groupId, ContactFilter.Criteria rule, long expectedVersion) {
        ContactGroupRecord record = fetch(groupId);
        record.setMembershipRule(rule == null ? null : toJson(rule));
        if (record.changed()) {
            record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
            writes.update(ENTITY, record, expectedVersion, record.getParentId());
        }
    }

    public void touch(UUID groupId, long expectedVersion) {
        ContactGroupRecord record = fetch(groupId);
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        writes.touch(ENTITY, record, expectedVersion);
    }

    /** Deletes the group, with {@code alongside}: the statements erasing rows kept beside it (its memberships). */
    public void delete(UUID groupId, Query... alongside) {
        ContactGroupRecord record = fetch(groupId);
        writes.delete(ENTITY, record, record.getParentId(), alongside);
    }

    private ContactGroupRecord fetch(UUID id) {
        return dsl.selectFrom(CONTACT_GROUP).where(CONTACT_GROUP.ID.eq(id)).fetchOptional().orElseThrow(GroupNotFound::new);
    }

    private void fill(ContactGroupRecord record, Group group) {
        record.setParentId(group.parentId());
        record.setGroupName(group.name());
        record.setGroupNameSearch(SearchKeys.text(group.name()));
        record.setDescription(group.description());
        record.setPhone(group.phone());
        record.setAddress(group.address());
        record.setCity(group.city());
        record.setWebsite(group.website());
        record.setRecordManagerId(group.recordManagerId());
        record.setAccess(group.access().level().name());
        record.setMembershipRule(group.rule() == null ? null : toJson(group.rule()));
    }

    private Group toGroup(ContactGroupRecord record) {
        return new Group(record.getId(), record.getParentId(), record.getGroupName(), record.getDescription(), record.getPhone(),
                record.getAddress(), record.getCity(), record.getWebsite(), record.getRecordManagerId(),
                RecordAccess.of(Access.valueOf(record.getAccess())), record.getMembershipRule() == null ? null : toRule(record.getMembershipRule()), Map.of(),
                record.getCreatedAt(), record.getUpdatedAt(), record.getVersion());
    }

    private String toJson(ContactFilter.Criteria rule) {
        try {
            return json.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A rule is always JSON", e);
        }
    }

    private ContactFilter.Criteria toRule(String text) {
        try {
            return (ContactFilter.Criteria) json.readValue(text, ContactFilter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A group's rule is not readable: " + text, e);
        }
    }
}
