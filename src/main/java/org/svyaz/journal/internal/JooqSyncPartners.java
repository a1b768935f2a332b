package org.svyaz.journal.internal;

import static org.svyaz.schema.Tables.SYNC_PARTNER;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.journal.SyncPartner;
import org.svyaz.journal.SyncPartners;

@Component
class JooqSyncPartners implements SyncPartners {

    private final DSLContext dsl;

    JooqSyncPartners(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void register(UUID partnerId, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A partner needs a name");
        }
        dsl.insertInto(SYNC_PARTNER)
                .set(SYNC_PARTNER.PARTNER_ID, partnerId)
                .set(SYNC_PARTNER.NAME, name)
                .set(SYNC_PARTNER.CONFIRMED_POSITION, 0L)
                .onConflictDoNothing()
                .execute();
    }

    @Override
    @Transactional
    public void confirm(UUID partnerId, long position) {
        // greatest() in the statement, so two confirmations arriving together cannot move it back
        int known = dsl.update(SYNC_PARTNER)
                .set(SYNC_PARTNER.CONFIRMED_POSITION, DSL.greatest(SYNC_PARTNER.CONFIRMED_POSITION, DSL.val(position)))
                .set(SYNC_PARTNER.CONFIRMED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(SYNC_PARTNER.PARTNER_ID.eq(partnerId))
                .execute();
        if (known == 0) {
            throw new IllegalArgumentException("No synchronization partner " + partnerId);
        }
    }

    @Override
    public void forget(UUID partnerId) {
        dsl.deleteFrom(SYNC_PARTNER).where(SYNC_PARTNER.PARTNER_ID.eq(partnerId)).execute();
    }

    @Override
    public OptionalLong lowestConfirmed() {
        Long lowest = dsl.select(DSL.min(SYNC_PARTNER.CONFIRMED_POSITION)).from(SYNC_PARTNER).fetchOne(0, Long.class);
        return lowest == null ? OptionalLong.empty() : OptionalLong.of(lowest);
    }

    @Override
    public List<SyncPartner> all() {
        return dsl.selectFrom(SYNC_PARTNER).orderBy(SYNC_PARTNER.NAME, SYNC_PARTNER.PARTNER_ID)
                .fetch(row -> new SyncPartner(row.getPartnerId(), row.getName(), row.getConfirmedPosition(), row.getConfirmedAt()));
    }
}
