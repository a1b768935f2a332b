package org.svyaz.journal.internal;

import static org.svyaz.schema.Tables.DATABASE_IDENTITY;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.svyaz.journal.RecordIds;

/** The id of this database, made the first time it is asked for and kept for good. */
@Component
class DatabaseIdentity {

    private final DSLContext dsl;
    private volatile UUID databaseId;

    DatabaseIdentity(DSLContext dsl) {
        this.dsl = dsl;
    }

    UUID databaseId() {
        UUID id = databaseId;
        if (id == null) {
            id = readOrCreate();
            databaseId = id;
        }
        return id;
    }

    private synchronized UUID readOrCreate() {
        UUID stored = dsl.select(DATABASE_IDENTITY.DATABASE_ID).from(DATABASE_IDENTITY).fetchOne(DATABASE_IDENTITY.DATABASE_ID);
        if (stored != null) {
            return stored;
        }
        // the singleton key makes a second server's concurrent insert a no-op; read the winner back
        dsl.insertInto(DATABASE_IDENTITY)
                .set(DATABASE_IDENTITY.SINGLETON, 1)
                .set(DATABASE_IDENTITY.DATABASE_ID, RecordIds.next())
                .set(DATABASE_IDENTITY.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
        return dsl.select(DATABASE_IDENTITY.DATABASE_ID).from(DATABASE_IDENTITY).fetchSingle(DATABASE_IDENTITY.DATABASE_ID);
    }
}
