package org.svyaz.users.internal;

import static org.svyaz.schema.Tables.API_TOKEN;
import static org.svyaz.schema.Tables.API_TOKEN_USE;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;

/**
 * When each API token was last used, in {@code api_token_use}: this server's passing state, not a
 * record users see, so written directly and never journaled (see the migration). Written at most
 * once a minute per token, so that a script's calls do not each cost a write.
 */
@Repository
class ApiTokenUses {

    static final Duration AT_MOST_EVERY = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 10_000;

    private final DSLContext dsl;
    private final Map<UUID, Instant> lastWritten = new ConcurrentHashMap<>();

    ApiTokenUses(DSLContext dsl) {
        this.dsl = dsl;
    }

    void used(UUID tokenId) {
        Instant now = Instant.now();
        Instant written = lastWritten.get(tokenId);
        if (written != null && written.plus(AT_MOST_EVERY).isAfter(now)) {
            return;
        }
        if (lastWritten.size() >= MAX_REMEMBERED) {
            lastWritten.clear();
        }
        lastWritten.put(tokenId, now);
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        if (dsl.update(API_TOKEN_USE).set(API_TOKEN_USE.LAST_USED_AT, at).where(API_TOKEN_USE.TOKEN_ID.eq(tokenId)).execute() > 0) {
            return;
        }
        try {
            // selected from the token, so that a token revoked meanwhile gets no row
            dsl.insertInto(API_TOKEN_USE, API_TOKEN_USE.TOKEN_ID, API_TOKEN_USE.LAST_USED_AT)
                    .select(dsl.select(DSL.val(tokenId), DSL.val(at)).from(API_TOKEN).where(API_TOKEN.ID.eq(tokenId)))
                    .execute();
        } catch (DataIntegrityViolationException sameMoment) {
            // another call of the same token wrote its first use just now: that one stands
        }
    }
}
