package org.svyaz.users.internal;

import static org.svyaz.schema.Tables.API_TOKEN;
import static org.svyaz.schema.Tables.API_TOKEN_USE;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.ApiTokenRecord;
import org.svyaz.users.ApiToken;
import org.svyaz.users.ApiTokenScope;
import org.svyaz.users.NewApiToken;

/**
 * Personal API tokens, each with a scope and an expiry. Only a token's SHA-256 is stored: a
 * random 256-bit secret needs no slow hash, and a stolen database yields no usable token.
 */
@Repository
public class ApiTokens {

    private static final String ENTITY = "apiToken";
    private static final String PREFIX = "svz_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext dsl;
    private final JournaledWrites writes;

    ApiTokens(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    public NewApiToken create(UUID userId, String name, ApiTokenScope scope, OffsetDateTime expiresAt) {
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        ApiTokenRecord token = dsl.newRecord(API_TOKEN);
        token.setUserId(userId);
        token.setTokenName(name);
        token.setTokenHash(sha256(secret));
        token.setScope(scope.name());
        token.setCreatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        token.setExpiresAt(expiresAt);
        writes.insert(ENTITY, token, userId);
        return new NewApiToken(toApiToken(token, null), secret);
    }

    public List<ApiToken> ofUser(UUID userId) {
        return dsl.select(API_TOKEN.asterisk(), API_TOKEN_USE.LAST_USED_AT).from(API_TOKEN)
                .leftJoin(API_TOKEN_USE).on(API_TOKEN_USE.TOKEN_ID.eq(API_TOKEN.ID))
                .where(API_TOKEN.USER_ID.eq(userId)).orderBy(API_TOKEN.CREATED_AT.desc())
                .fetch(row -> toApiToken(row.into(API_TOKEN), row.get(API_TOKEN_USE.LAST_USED_AT)));
    }

    /** Revokes every token of the user (their password changed); answers how many there were. */
    public int deleteAllOf(UUID userId) {
        List<ApiTokenRecord> all = dsl.selectFrom(API_TOKEN).where(API_TOKEN.USER_ID.eq(userId)).fetch();
        all.forEach(record -> writes.delete(ENTITY, record, userId));
        return all.size();
    }

    public boolean delete(UUID userId, UUID tokenId) {
        Optional<ApiTokenRecord> token = dsl.selectFrom(API_TOKEN)
                .where(API_TOKEN.ID.eq(tokenId)).and(API_TOKEN.USER_ID.eq(userId)).fetchOptional();
        token.ifPresent(record -> writes.delete(ENTITY, record, userId));
        return token.isPresent();
    }

    /** The token a presented secret is, if it is a current one (not revoked, not expired). */
    Optional<PresentedToken> find(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return dsl.select(API_TOKEN.ID, API_TOKEN.USER_ID, API_TOKEN.SCOPE).from(API_TOKEN)
                .where(API_TOKEN.TOKEN_HASH.eq(sha256(secret)))
                .and(API_TOKEN.EXPIRES_AT.gt(OffsetDateTime.now(ZoneOffset.UTC)))
                .fetchOptional(row -> new PresentedToken(row.value1(), row.value2(), ApiTokenScope.valueOf(row.value3())));
    }

    record PresentedToken(UUID id, UUID userId, ApiTokenScope scope) {
    }

    private static ApiToken toApiToken(ApiTokenRecord token, OffsetDateTime lastUsedAt) {
        return new ApiToken(token.getId(), token.getTokenName(), ApiTokenScope.valueOf(token.getScope()), token.getCreatedAt(),
                token.getExpiresAt(), lastUsedAt);
    }

    private static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
