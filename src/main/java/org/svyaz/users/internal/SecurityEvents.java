package org.svyaz.users.internal;

import static org.svyaz.schema.Tables.SECURITY_EVENT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.svyaz.journal.RecordIds;

/**
 * Log-ins, failed log-ins, lockouts and password changes in {@code security_event}, for the audit
 * page: this server's record of who knocked, not a record users see, so written directly and
 * never journaled (see the migration). Callers keep the writes bounded (see {@link LoginThrottle}).
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
        dsl.insertInto(SECURITY_EVENT)
                .set(SECURITY_EVENT.ID, RecordIds.next())
                .set(SECURITY_EVENT.KIND, kind.name())
                .set(SECURITY_EVENT.USER_NAME, cut(userName == null ? "" : userName, USER_NAME_LENGTH))
                .set(SECURITY_EVENT.ADDRESS, address == null ? null : cut(address, ADDRESS_LENGTH))
                .set(SECURITY_EVENT.OCCURRED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
    }

    /** Records an event of the current request, from its client's address. */
    public void recordHere(SecurityEventKind kind, String userName) {
        String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
        record(kind, userName, address);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
