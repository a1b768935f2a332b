package org.svyaz.calendar.internal;

import static org.svyaz.schema.Tables.CALENDAR_FEED;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The hashes of the users' feed tokens in {@code calendar_feed} (never the tokens): a credential
 * of this server, not a record users see, so written directly and never journaled (see the migration).
 */
@Repository
public class JooqFeedTokens {

    private final DSLContext dsl;

    JooqFeedTokens(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** When the user's current token was made, empty when the user has none. */
    public Optional<OffsetDateTime> createdAt(UUID userId) {
        return dsl.select(CALENDAR_FEED.CREATED_AT).from(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(userId))
                .fetchOptional(CALENDAR_FEED.CREATED_AT);
    }

    /**
     * Stores the hash of the user's token unless the user has one already (two first requests at
     * once keep one); true when this one was stored.
     */
    public boolean insertIfAbsent(UUID userId, String tokenHash, OffsetDateTime now) {
        return dsl.insertInto(CALENDAR_FEED).set(CALENDAR_FEED.USER_ID, userId)
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash).set(CALENDAR_FEED.CREATED_AT, now).onConflictDoNothing().execute() == 1;
    }

    /** Replaces the user's token, so the old address stops working. */
    public void replace(UUID userId, String tokenHash, OffsetDateTime now) {
        dsl.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(userId)).execute();
        insertIfAbsent(userId, tokenHash, now);
    }

    public Optional<UUID> userOf(String tokenHash) {
        return dsl.select(CALENDAR_FEED.USER_ID).from(CALENDAR_FEED).where(CALENDAR_FEED.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(CALENDAR_FEED.USER_ID);
    }
}
