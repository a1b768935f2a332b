package org.svyaz.users.internal;

import static org.svyaz.schema.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.AppUserRecord;
import org.svyaz.shell.DisplayTime;
import org.svyaz.users.Language;
import org.svyaz.users.Role;
import org.svyaz.users.User;
import org.svyaz.users.UserChanges;
import org.svyaz.users.UserNotFound;

/** Users in the {@code app_user} table; every write goes through the journal. */
@Repository
public class JooqUsers {

    static final String ENTITY = "user";

    private final DSLContext dsl;
    private final JournaledWrites writes;
    private final DisplayTime time;

    JooqUsers(DSLContext dsl, JournaledWrites writes, DisplayTime time) {
        this.dsl = dsl;
        this.writes = writes;
        this.time = time;
    }

    public User insert(String userName, String fullName, String passwordHash, Role role, Language language, ZoneId timeZone,
            boolean mustChangePassword) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        AppUserRecord user = dsl.newRecord(APP_USER);
        user.setUserName(userName);
        user.setFullName(fullName);
        user.setPasswordHash(passwordHash);
        user.setUserRole(role.name());
        user.setLanguage(language.code());
        user.setTimeZone(timeZone == null ? null : timeZone.getId());
        user.setEnabled(true);
        user.setMustChangePassword(mustChangePassword);
        user.setCreatedAt(now);
        user.setUpdatedAt(now);
        return toUser(writes.insert(ENTITY, user, null));
    }

    public User update(UUID userId, UserChanges changes, long expectedVersion) {
        AppUserRecord user = fetch(userId);
        if (changes.fullName() != null) {
            user.setFullName(changes.fullName().trim());
        }
        if (changes.role() != null) {
            user.setUserRole(changes.role().name());
        }
        if (changes.language() != null) {
            user.setLanguage(changes.language().code());
        }
        if (changes.timeZone() != null) {
            user.setTimeZone(changes.timeZone().getId());
        }
        if (changes.enabled() != null) {
            user.setEnabled(changes.enabled());
        }
        user.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        writes.update(ENTITY, user, expectedVersion, null);
        return toUser(user);
    }

    /** Gives a user a new user name (a clash of two databases' names), through the journal. */
    public User rename(UUID userId, String userName) {
        AppUserRecord user = fetch(userId);
        long version = user.getVersion();
        user.setUserName(userName);
        user.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        writes.update(ENTITY, user, version, null);
        return toUser(user);
    }

    /**
     * Sets a new password and stamps when, which ends the user's sessions that logged in before
     * (see FreshUserFilter); {@code mustChange}: whether the user must choose yet another one.
     */
    public void setPasswordHash(UUID userId, String passwordHash, boolean mustChange, OffsetDateTime changedAt) {
        AppUserRecord user = fetch(userId);
        user.setPasswordHash(passwordHash);
        user.setMustChangePassword(mustChange);
        user.setCredentialsChangedAt(changedAt);
        user.setUpdatedAt(changedAt);
        writes.update(ENTITY, user, user.getVersion(), null);
    }

    public String passwordHash(UUID userId) {
        return fetch(userId).getPasswordHash();
    }

    public Optional<User> byId(UUID userId) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).fetchOptional(this::toUser);
    }

    public Optional<User> byUserName(String userName) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USER_NAME.eq(userName)).fetchOptional(this::toUser);
    }

    Optional<AppUserRecord> recordByUserName(String userName) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USER_NAME.eq(userName)).fetchOptional();
    }

    public List<User> all() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.USER_NAME).fetch(this::toUser);
    }

    public Map<UUID, String> userNames(Collection<UUID> userIds) {
        return dsl.select(APP_USER.ID, APP_USER.USER_NAME).from(APP_USER).where(APP_USER.ID.in(userIds))
                .fetchMap(APP_USER.ID, APP_USER.USER_NAME);
    }

    public int count() {
        return dsl.fetchCount(APP_USER);
    }

    private AppUserRecord fetch(UUID userId) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).fetchOptional().orElseThrow(UserNotFound::new);
    }

    private User toUser(AppUserRecord user) {
        return new User(
                user.getId(),
                user.getUserName(),
                user.getFullName(),
                Role.valueOf(user.getUserRole()),
                Language.ofCode(user.getLanguage()).orElse(Language.EN),
                user.getTimeZone() == null ? time.serverZone() : ZoneId.of(user.getTimeZone()),
                user.getTimeZone() == null,
                user.getEnabled(),
                user.getCreatedAt(),
                user.getVersion(),
                user.getMustChangePassword(),
                user.getCredentialsChangedAt());
    }
}
