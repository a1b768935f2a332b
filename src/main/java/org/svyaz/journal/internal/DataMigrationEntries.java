package org.svyaz.journal.internal;

import static org.svyaz.schema.Sequences.JOURNAL_SEQ;
import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.ACTIVITY_CONTACT;
import static org.svyaz.schema.Tables.API_TOKEN;
import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.DATABASE_IDENTITY;
import static org.svyaz.schema.Tables.HISTORY_ITEM;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;
import static org.svyaz.schema.Tables.NOTE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.svyaz.journal.JournalOperation;

/**
 * Migration 89: journals what earlier data migrations changed in journaled records without
 * entries, so that replaying the journal gives the tables' current contents. Each such field gets
 * one SET entry of its current value, by nobody (the system):
 * <ul>
 * <li>V43 rewrote every activity's contacts as ordered memberships: each activity's
 *     {@code contacts}, its current ordered list (empty for none);</li>
 * <li>V79 replaced the {@code private} flag of contacts, activities, notes and history items by
 *     {@code access}: the records it made PRIVATE;</li>
 * <li>V75 gave existing API tokens an expiry: every token's {@code expiresAt}.</li>
 * </ul>
 * Not here: the built-in statuses and activity types that V3 and V20 insert (the same ids in
 * every database, made by every database's own migrations), columns added with a constant
 * default (a replay adds them alike), derived columns the backfills write (search keys,
 * keywords), and the zone migration 72 gave activities, whose journaled form belongs to the
 * activity's date, time, duration and zone as one field.
 */
@Component
class DataMigrationEntries implements JavaMigration {

    private static final int VERSION = 89;
    private static final int BATCH = 1000;

    private final ObjectMapper json;
    private final Clock wallClock;

    @Autowired
    DataMigrationEntries(ObjectMapper json) {
        this(json, Clock.systemUTC());
    }

    DataMigrationEntries(ObjectMapper json, Clock wallClock) {
        this.json = json;
        this.wallClock = wallClock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(String.valueOf(VERSION));
    }

    @Override
    public String getDescription() {
        return "journal data migrations";
    }

    @Override
    public Integer getChecksum() {
        return VERSION;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        DSLContext sql = DSL.using(context.getConnection());
        UUID databaseId = sql.select(DATABASE_IDENTITY.DATABASE_ID).from(DATABASE_IDENTITY).fetchOne(DATABASE_IDENTITY.DATABASE_ID);
        if (databaseId == null) {
            // nothing was ever journaled, so there is no record whose journal could lack a change
            return;
        }
        Entries entries = new Entries(sql, databaseId, firstClockValue(sql));
        journalActivityContacts(sql, entries);
        journalAccess(sql, entries);
        journalTokenExpiries(sql, entries);
        entries.flush();
    }

    private long firstClockValue(DSLContext sql) {
        Long newest = sql.select(DSL.max(JOURNAL_ENTRY.HLC)).from(JOURNAL_ENTRY).fetchOne(0, Long.class);
        return Math.max(newest == null ? 0 : newest + 1, HybridLogicalClock.firstOf(wallClock.millis()));
    }

    private void journalActivityContacts(DSLContext sql, Entries entries) {
        try (Cursor<Record2<UUID, UUID>> rows = sql.select(ACTIVITY.ID, ACTIVITY_CONTACT.CONTACT_ID).from(ACTIVITY)
                .leftJoin(ACTIVITY_CONTACT).on(ACTIVITY_CONTACT.ACTIVITY_ID.eq(ACTIVITY.ID))
                .orderBy(ACTIVITY.ID, ACTIVITY_CONTACT.POSITION)
                .fetchLazy()) {
            UUID activity = null;
            List<UUID> contacts = new ArrayList<>();
            for (Record2<UUID, UUID> row : rows) {
                if (!row.value1().equals(activity)) {
                    if (activity != null) {
                        entries.add("activity", activity, null, "contacts", contacts);
                    }
                    activity = row.value1();
                    contacts = new ArrayList<>();
                }
                if (row.value2() != null) {
                    contacts.add(row.value2());
                }
            }
            if (activity != null) {
                entries.add("activity", activity, null, "contacts", contacts);
            }
        }
    }

    private void journalAccess(DSLContext sql, Entries entries) {
        String privately = "PRIVATE";
        sql.select(CONTACT.ID).from(CONTACT).where(CONTACT.ACCESS.eq(privately)).orderBy(CONTACT.ID)
                .forEach(row -> entries.add("contact", row.value1(), null, "access", privately));
        sql.select(ACTIVITY.ID).from(ACTIVITY).where(ACTIVITY.ACCESS.eq(privately)).orderBy(ACTIVITY.ID)
                .forEach(row -> entries.add("activity", row.value1(), null, "access", privately));
        sql.select(NOTE.ID, DSL.coalesce(NOTE.CONTACT_ID, NOTE.GROUP_ID)).from(NOTE).where(NOTE.ACCESS.eq(privately)).orderBy(NOTE.ID)
                .forEach(row -> entries.add("note", row.value1(), row.value2(), "access", privately));
        sql.select(HISTORY_ITEM.ID, DSL.coalesce(HISTORY_ITEM.CONTACT_ID, HISTORY_ITEM.GROUP_ID)).from(HISTORY_ITEM)
                .where(HISTORY_ITEM.ACCESS.eq(privately)).orderBy(HISTORY_ITEM.ID)
                .forEach(row -> entries.add("history", row.value1(), row.value2(), "access", privately));
    }

    private void journalTokenExpiries(DSLContext sql, Entries entries) {
        for (Record3<UUID, UUID, java.time.OffsetDateTime> token : sql.select(API_TOKEN.ID, API_TOKEN.USER_ID, API_TOKEN.EXPIRES_AT)
                .from(API_TOKEN).orderBy(API_TOKEN.ID).fetch()) {
            entries.add("apiToken", token.value1(), token.value2(), "expiresAt", token.value3());
        }
    }

    /** The entries written, a batch at a time, each with the next seq and clock value. */
    private final class Entries {

        private final DSLContext sql;
        private final UUID databaseId;
        private final List<Pending> pending = new ArrayList<>();
        private long hlc;

        Entries(DSLContext sql, UUID databaseId, long firstHlc) {
            this.sql = sql;
            this.databaseId = databaseId;
            this.hlc = firstHlc;
        }

        void add(String entity, UUID recordId, UUID parentId, String field, Object value) {
            pending.add(new Pending(hlc++, entity, recordId, parentId, field, toJson(value)));
            if (pending.size() == BATCH) {
                flush();
            }
        }

        /**
         * Writes the pending entries, naming the journal's columns as migration 89 finds them, so
         * that columns later migrations add to the journal do not break it on an older database.
         */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Long> seqs = sql.nextvals(JOURNAL_SEQ, pending.size());
            var insert = sql.insertInto(JOURNAL_ENTRY, JOURNAL_ENTRY.SEQ, JOURNAL_ENTRY.ORIGIN_DB, JOURNAL_ENTRY.ORIGIN_SEQ,
                    JOURNAL_ENTRY.HLC, JOURNAL_ENTRY.ENTITY, JOURNAL_ENTRY.RECORD_ID, JOURNAL_ENTRY.PARENT_ID, JOURNAL_ENTRY.FIELD,
                    JOURNAL_ENTRY.FIELD_VALUE, JOURNAL_ENTRY.OP, JOURNAL_ENTRY.USER_ID);
            for (int i = 0; i < pending.size(); i++) {
                Pending entry = pending.get(i);
                insert = insert.values(seqs.get(i), databaseId, seqs.get(i), entry.hlc(), entry.entity(), entry.recordId(),
                        entry.parentId(), entry.field(), entry.value(), JournalOperation.SET.name(), null);
            }
            insert.execute();
            pending.clear();
        }
    }

    private record Pending(long hlc, String entity, UUID recordId, UUID parentId, String field, String value) {
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(Objects.requireNonNull(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A migrated value cannot be journaled: " + value, e);
        }
    }
}
