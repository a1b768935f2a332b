package org.svyaz.activities.internal;

import static org.svyaz.schema.Tables.CALENDAR_GRANT;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.svyaz.activities.CalendarAccess;
import org.svyaz.activities.CalendarGrant;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.CalendarGrantRecord;

/** Calendar sharing in the {@code calendar_grant} table; every write goes through the journal. */
@Repository
public class JooqCalendarGrants {

    private static final String ENTITY = "calendarGrant";

    private final DSLContext dsl;
    private final JournaledWrites writes;

    JooqCalendarGrants(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    public List<CalendarGrant> byOwner(UUID ownerId) {
        return dsl.selectFrom(CALENDAR_GRANT).where(CALENDAR_GRANT.OWNER_ID.eq(ownerId)).fetch(JooqCalendarGrants::toGrant);
    }

    public List<CalendarGrant> byGrantee(UUID granteeId) {
        return dsl.selectFrom(CALENDAR_GRANT).where(CALENDAR_GRANT.GRANTEE_ID.eq(granteeId)).fetch(JooqCalendarGrants::toGrant);
    }

    public Optional<CalendarAccess> access(UUID ownerId, UUID granteeId) {
        return Optional.ofNullable(find(ownerId, granteeId)).map(record -> CalendarAccess.valueOf(record.getAccess()));
    }

    /** Shares the owner's calendar with the grantee, or changes what the grantee may do in it. */
    public CalendarGrant put(UUID ownerId, UUID granteeId, CalendarAccess access) {
        CalendarGrantRecord record = find(ownerId, granteeId);
        if (record == null) {
            record = dsl.newRecord(CALENDAR_GRANT);
            record.setOwnerId(ownerId);
            record.setGranteeId(granteeId);
            record.setAccess(access.name());
            return toGrant(writes.insert(ENTITY, record, null));
        }
        record.setAccess(access.name());
        writes.update(ENTITY, record, record.getVersion(), null);
        return toGrant(record);
    }

    /** @return false when the calendar was not shared with the grantee */
    public boolean delete(UUID ownerId, UUID granteeId) {
        CalendarGrantRecord record = find(ownerId, granteeId);
        if (record == null) {
            return false;
        }
        writes.delete(ENTITY, record, null);
        return true;
    }

    private CalendarGrantRecord find(UUID ownerId, UUID granteeId) {
        return dsl.selectFrom(CALENDAR_GRANT).where(CALENDAR_GRANT.OWNER_ID.eq(ownerId), CALENDAR_GRANT.GRANTEE_ID.eq(granteeId))
                .fetchOne();
    }

    private static CalendarGrant toGrant(CalendarGrantRecord r) {
        return new CalendarGrant(r.getId(), r.getOwnerId(), r.getGranteeId(), CalendarAccess.valueOf(r.getAccess()), r.getVersion());
    }
}
