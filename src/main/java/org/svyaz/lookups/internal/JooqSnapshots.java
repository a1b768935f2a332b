package org.svyaz.lookups.internal;

import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.LOOKUP_SNAPSHOT;
import static org.svyaz.schema.Tables.LOOKUP_SNAPSHOT_CONTACT;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Fixed sets of contacts in {@code lookup_snapshot}: a user's working state, written directly (not journaled). */
@Repository
public class JooqSnapshots {

    private final DSLContext dsl;

    JooqSnapshots(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One INSERT ... SELECT: the database copies the whole lookup, however many contacts it holds. */
    public int take(UUID snapshotId, UUID ownerId, OffsetDateTime now, Condition lookup) {
        dsl.insertInto(LOOKUP_SNAPSHOT).set(LOOKUP_SNAPSHOT.ID, snapshotId).set(LOOKUP_SNAPSHOT.OWNER_ID, ownerId)
                .set(LOOKUP_SNAPSHOT.CREATED_AT, now).execute();
        return dsl.insertInto(LOOKUP_SNAPSHOT_CONTACT, LOOKUP_SNAPSHOT_CONTACT.SNAPSHOT_ID, LOOKUP_SNAPSHOT_CONTACT.CONTACT_ID)
                .select(dsl.select(DSL.val(snapshotId), CONTACT.ID).from(CONTACT).where(lookup))
                .execute();
    }

    /** Removes the owner's snapshots made before the time, with their contacts. */
    public void forgetOlder(UUID ownerId, OffsetDateTime before) {
        dsl.deleteFrom(LOOKUP_SNAPSHOT).where(LOOKUP_SNAPSHOT.OWNER_ID.eq(ownerId)).and(LOOKUP_SNAPSHOT.CREATED_AT.lt(before)).execute();
    }

    /** The contacts of a snapshot, as a condition on the contact table. */
    static Condition holds(UUID snapshotId) {
        return DSL.exists(DSL.selectOne().from(LOOKUP_SNAPSHOT_CONTACT)
                .where(LOOKUP_SNAPSHOT_CONTACT.SNAPSHOT_ID.eq(snapshotId)).and(LOOKUP_SNAPSHOT_CONTACT.CONTACT_ID.eq(CONTACT.ID)));
    }
}
