package org.svyaz.users.internal;

import static org.svyaz.schema.Tables.SECURITY_EVENT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.svyaz.journal.RecordIds;
import org.svyaz.schema.tables.records.SecurityEventRecord;
import org.svyaz.users.SecurityEvent;
import org.svyaz.users.SecurityEventFilter;
import org.svyaz.users.SecurityEventKind;
import org.svyaz.users.SecurityEventPosition;

/**
 * Log-ins, failed log-ins, lockouts, password changes and exports in {@code security_event}, for
 * the audit page: this server's record of who knocked, not a record users see, so written directly
 * and never journaled (see the migration). Callers keep the writes bounded (see {@link LoginThrottle}).
 */
@Repository
public class SecurityEvents {

    private static final int USER_NAME_LENGTH = 60;
    private static final int ADDRESS_LENGTH = 45;

    private final DSLContext dsl;

    SecurityEvents(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records an event; the user name is as typed (cut to the column), the address may be null. */
    public void record(SecurityEventKind kind, String userName, String address) {
        dsl.insertInto(SECURITY_EVENT).set(newEvent(kind, userName, address)).execute();
    }

    /** Records an event of the current request, from its client's address. */
    public void recordHere(SecurityEventKind kind, String userName) {
        record(kind, userName, requestAddress());
    }

    /** Records an export by the user of the current request, from its client's address. */
    public void recordExportHere(String userName, String entity, UUID recordId, String detail) {
        SecurityEventRecord event = newEvent(SecurityEventKind.EXPORTED, userName, requestAddress());
        event.setEntity(entity);
        event.setRecordId(recordId);
        event.setDetail(detail);
        dsl.insertInto(SECURITY_EVENT).set(event).execute();
    }

    public List<SecurityEvent> page(SecurityEventFilter filter, SecurityEventPosition after, int limit) {
        return dsl.selectFrom(SECURITY_EVENT).where(matching(filter)).and(after(after))
                .orderBy(SECURITY_EVENT.OCCURRED_AT.desc(), SECURITY_EVENT.ID.desc())
                .limit(limit)
                .fetch(row -> new SecurityEvent(row.getId(), row.getOccurredAt().toInstant(), SecurityEventKind.valueOf(row.getKind()),
                        row.getUserName(), row.getAddress(), row.getEntity(), row.getRecordId(), row.getDetail()));
    }

    public long count(SecurityEventFilter filter) {
        return dsl.fetchCount(SECURITY_EVENT, matching(filter));
    }

    private static Condition matching(SecurityEventFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.userName() != null) {
            condition = condition.and(SECURITY_EVENT.USER_NAME.eq(filter.userName()));
        }
        if (!filter.kinds().isEmpty()) {
            condition = condition.and(SECURITY_EVENT.KIND.in(filter.kinds().stream().map(Enum::name).toList()));
        }
        if (filter.entity() != null) {
            condition = condition.and(SECURITY_EVENT.ENTITY.eq(filter.entity()));
        }
        if (filter.recordId() != null) {
            condition = condition.and(SECURITY_EVENT.RECORD_ID.eq(filter.recordId()));
        }
        if (filter.from() != null) {
            condition = condition.and(SECURITY_EVENT.OCCURRED_AT.ge(filter.from().atOffset(ZoneOffset.UTC)));
        }
        if (filter.until() != null) {
            condition = condition.and(SECURITY_EVENT.OCCURRED_AT.lt(filter.until().atOffset(ZoneOffset.UTC)));
        }
        return condition;
    }

    private static Condition after(SecurityEventPosition position) {
        if (position == null) {
            return DSL.noCondition();
        }
        OffsetDateTime at = position.at().atOffset(ZoneOffset.UTC);
        // the first part bounds the index range, the second leaves out the events read at its edge
        return SECURITY_EVENT.OCCURRED_AT.le(at)
                .and(SECURITY_EVENT.OCCURRED_AT.lt(at).or(SECURITY_EVENT.ID.lt(position.id())));
    }

    private SecurityEventRecord newEvent(SecurityEventKind kind, String userName, String address) {
        SecurityEventRecord event = dsl.newRecord(SECURITY_EVENT);
        event.setId(RecordIds.next());
        event.setKind(kind.name());
        event.setUserName(cut(userName == null ? "" : userName, USER_NAME_LENGTH));
        event.setAddress(address == null ? null : cut(address, ADDRESS_LENGTH));
        // to the microsecond, as both databases keep it, so a page's position reads back exactly
        event.setOccurredAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        return event;
    }

    private static String requestAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
