package org.svyaz.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.SvyazTests;
import org.svyaz.access.RecordAccess;
import org.svyaz.activities.ActivityFields;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.Priority;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.schema.tables.records.JournalEntryRecord;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** Migration 89 journals what earlier data migrations changed without entries, as the tables now hold it. */
class DataMigrationEntriesTests extends SvyazTests {

    @Autowired
    DSLContext dsl;

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectMapper json;

    @Autowired
    ContactManagement contacts;

    @Autowired
    ActivityManagement activities;

    @Test
    void journalsEachActivitysContactsInTheirOrderAndThePrivateRecords() throws Exception {
        User zdv = data.user("zdv", Role.MANAGER);
        UUID barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());
        UUID homer = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Homer", "Simpson")
                .with(RecordAccess.PRIVATE)).id());
        UUID call = as(zdv, () -> activities.schedule(call(List.of(homer, barney))).activity().id());
        long before = lastSeq();
        long newestClock = dsl.select(DSL.max(JOURNAL_ENTRY.HLC)).from(JOURNAL_ENTRY).fetchSingle(0, Long.class);

        try (Connection connection = dataSource.getConnection()) {
            new DataMigrationEntries(json).migrate(contextOf(connection));
        }

        List<JournalEntryRecord> entries = dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.SEQ.gt(before)).orderBy(JOURNAL_ENTRY.SEQ)
                .fetch();
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getOp()).isEqualTo("SET");
            assertThat(entry.getOriginSeq()).isEqualTo(entry.getSeq());
            assertThat(entry.getHlc()).isGreaterThan(newestClock);
            assertThat(entry.getUserId()).isNull();
        });
        assertThat(entries).filteredOn(entry -> entry.getRecordId().equals(call)).singleElement().satisfies(contactsOfCall -> {
            assertThat(contactsOfCall.getField()).isEqualTo("contacts");
            assertThat(contactsOfCall.getFieldValue()).isEqualTo("[\"" + homer + "\",\"" + barney + "\"]");
        });
        assertThat(entries).filteredOn(entry -> entry.getRecordId().equals(homer)).singleElement().satisfies(access -> {
            assertThat(access.getField()).isEqualTo("access");
            assertThat(access.getFieldValue()).isEqualTo("\"PRIVATE\"");
        });
        assertThat(entries).noneMatch(entry -> entry.getRecordId().equals(barney));
    }

    private long lastSeq() {
        return dsl.select(DSL.max(JOURNAL_ENTRY.SEQ)).from(JOURNAL_ENTRY).fetchSingle(0, Long.class);
    }

    private static Context contextOf(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }

    private static ActivityFields call(List<UUID> contactIds) {
        return new ActivityFields("CALL", LocalDate.of(2003, 9, 5), LocalTime.of(10, 0), null, 30, contactIds, "Call about prices", "",
                Priority.MEDIUM, null, null, null, null, RecordAccess.PUBLIC, null, null);
    }
}
