package org.svyaz.users;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.NotPermitted;
import org.svyaz.shell.RecordNotFound;
import org.svyaz.users.internal.ApiTokens;
import org.svyaz.users.internal.CurrentUserLookup;
import org.svyaz.users.internal.JooqUsers;
import org.svyaz.users.internal.PasswordRules;
import org.svyaz.users.internal.SecurityEvents;

/**
 * The users module's API: users, their passwords and languages, API tokens, and who is making
 * the current request. Administrator-only methods check the caller's role themselves.
 */
@Service
public class UserManagement {

    public static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;
    public static final int DEFAULT_TOKEN_DAYS = 90;
    public static final int MAX_TOKEN_DAYS = 365;
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    private final JooqUsers users;
    private final ApiTokens tokens;
    private final CurrentUserLookup currentUser;
    private final PasswordEncoder passwordEncoder;
    private final PasswordRules passwordRules;
    private final SecurityEvents securityEvents;
    private final ApplicationEventPublisher events;

    UserManagement(JooqUsers users, ApiTokens tokens, CurrentUserLookup currentUser, PasswordEncoder passwordEncoder,
            PasswordRules passwordRules, SecurityEvents securityEvents, ApplicationEventPublisher events) {
        this.users = users;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.passwordRules = passwordRules;
        this.securityEvents = securityEvents;
        this.events = events;
    }

    /** The user making the current request; throws when nobody is logged in. */
    public CurrentUser current() {
        return currentUser.current().orElseThrow(() -> new NotPermitted("error.notLoggedIn"));
    }

    public Optional<CurrentUser> currentIfAny() {
        return currentUser.current();
    }

    /**
     * Runs a task as the given user, for work the system does on a user's behalf (demo data,
     * the generator, scheduled jobs); the previous identity is restored afterwards.
     */
    public <T> T actingAs(UUID userId, Supplier<T> task) {
        return currentUser.actingAs(users.byId(userId).orElseThrow(UserNotFound::new), task);
    }

    /** Creates a user (administrators only, or the system itself when nobody is logged in). */
    @Transactional
    public User create(NewUser newUser) {
        currentUser.current().ifPresent(UserManagement::requireMayManageUsers);
        String userName = newUser.userName() == null ? "" : newUser.userName().trim().toLowerCase();
        FieldErrors errors = new FieldErrors();
        if (!USER_NAME.matcher(userName).matches()) {
            errors.add("userName", "error.userName.format");
        } else if (users.byUserName(userName).isPresent()) {
            errors.add("userName", "error.userName.taken", userName);
        }
        passwordRules.check(errors, "password", newUser.password(), userName);
        String fullName = newUser.fullName() == null || newUser.fullName().isBlank() ? userName : newUser.fullName().trim();
        errors.checkLength("fullName", fullName, 200);
        if (newUser.role() == null) {
            errors.add("role", "error.required");
        }
        errors.throwIfAny();
        Language language = newUser.language() == null ? Language.EN : newUser.language();
        User user = users.insert(userName, fullName, passwordEncoder.encode(newUser.password()), newUser.role(), language,
                newUser.timeZone(), newUser.mustChangePassword());
        events.publishEvent(new UserCreated(user.id(), user.userName(), user.fullName()));
        return user;
    }

    /** Changes a user's name, role, language or whether they may log in (administrators only). */
    @Transactional
    public User update(UUID userId, UserChanges changes, long expectedVersion) {
        CurrentUser admin = requireMayManageUsers(current());
        User user = byId(userId);
        FieldErrors errors = new FieldErrors();
        if (changes.fullName() != null) {
            errors.checkLength("fullName", changes.fullName().trim(), 200);
            if (changes.fullName().isBlank()) {
                errors.add("fullName", "error.required");
            }
        }
        boolean demotesThemselves = admin.id().equals(userId)
                && ((changes.role() != null && changes.role() != Role.ADMINISTRATOR) || Boolean.FALSE.equals(changes.enabled()));
        if (demotesThemselves) {
            errors.add("role", "error.user.lastAdministrator");
        }
        errors.throwIfAny();
        return users.update(user.id(), changes, expectedVersion);
    }

    /**
     * Sets a new password for a user (administrators only). The user's sessions end and their API
     * tokens are revoked: whoever knew the old password may have made them.
     */
    @Transactional
    public void resetPassword(UUID userId, String newPassword) {
        CurrentUser admin = requireMayManageUsers(current());
        User user = byId(userId);
        FieldErrors errors = new FieldErrors();
        passwordRules.check(errors, "password", newPassword, user.userName());
        errors.throwIfAny();
        setPassword(user.id(), user.userName(), newPassword, admin.id().equals(user.id()), SecurityEventKind.PASSWORD_RESET);
    }

    /**
     * Changes the caller's own password, after checking the current one. The caller's other
     * sessions end and their API tokens are revoked (this session stays logged in).
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        CurrentUser me = current();
        FieldErrors errors = new FieldErrors();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, users.passwordHash(me.id()))) {
            errors.add("currentPassword", "error.password.wrongCurrent");
        }
        passwordRules.check(errors, "newPassword", newPassword, me.userName());
        if (newPassword != null && newPassword.equals(currentPassword)) {
            errors.add("newPassword", "error.password.unchanged");
        }
        errors.throwIfAny();
        setPassword(me.id(), me.userName(), newPassword, true, SecurityEventKind.PASSWORD_CHANGED);
    }

    /** Whether the caller must choose a new password before doing anything else. */
    public boolean mustChangePassword() {
        return byId(current().id()).mustChangePassword();
    }

    private void setPassword(UUID userId, String userName, String newPassword, boolean byThisUser, SecurityEventKind kind) {
        users.setPasswordHash(userId, passwordEncoder.encode(newPassword), false, OffsetDateTime.now(ZoneOffset.UTC));
        tokens.deleteAllOf(userId);
        securityEvents.recordHere(kind, userName);
        currentUser.passwordChanged(userName, byThisUser);
    }

    /**
     * Changes the caller's own full name, language and time zone; null leaves a field as it is.
     * A new zone changes how times are shown, never when existing activities are.
     */
    @Transactional
    public User updateOwnProfile(String fullName, Language language, ZoneId timeZone) {
        CurrentUser me = current();
        User user = byId(me.id());
        FieldErrors errors = new FieldErrors();
        if (fullName != null) {
            if (fullName.isBlank()) {
                errors.add("fullName", "error.required");
            }
            errors.checkLength("fullName", fullName.trim(), 200);
        }
        errors.throwIfAny();
        return users.update(me.id(), new UserChanges(fullName, null, language, timeZone, null), user.version());
    }

    public List<User> all() {
        return users.all();
    }

    public User byId(UUID userId) {
        return users.byId(userId).orElseThrow(UserNotFound::new);
    }

    public Optional<User> findById(UUID userId) {
        return users.byId(userId);
    }

    public Optional<User> byUserName(String userName) {
        return userName == null ? Optional.empty() : users.byUserName(userName.trim().toLowerCase());
    }

    /** User names by id, for showing who created or changed a record. */
    public Map<UUID, String> userNames(Collection<UUID> userIds) {
        return users.userNames(userIds);
    }

    public boolean anyUserExists() {
        return users.count() > 0;
    }

    /**
     * Makes a personal API token for the caller.
     *
     * @param scope null: WRITE
     * @param expiresInDays null: {@value #DEFAULT_TOKEN_DAYS}; from 1 to 365
     */
    @Transactional
    public NewApiToken createApiToken(String name, ApiTokenScope scope, Integer expiresInDays) {
        CurrentUser me = current();
        String tokenName = name == null ? "" : name.trim();
        int days = expiresInDays == null ? DEFAULT_TOKEN_DAYS : expiresInDays;
        FieldErrors errors = new FieldErrors();
        if (tokenName.isEmpty()) {
            errors.add("name", "error.required");
        }
        errors.checkLength("name", tokenName, 100);
        if (days < 1 || days > MAX_TOKEN_DAYS) {
            errors.add("expiresInDays", "error.apiToken.expiresInDays", MAX_TOKEN_DAYS);
        }
        errors.throwIfAny();
        return tokens.create(me.id(), tokenName, scope == null ? ApiTokenScope.WRITE : scope,
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(days));
    }

    public List<ApiToken> myApiTokens() {
        return tokens.ofUser(current().id());
    }

    @Transactional
    public void revokeApiToken(UUID tokenId) {
        if (!tokens.delete(current().id(), tokenId)) {
            throw new RecordNotFound("error.apiToken.unknown");
        }
    }

    private static CurrentUser requireMayManageUsers(CurrentUser user) {
        if (!user.may(Permission.MANAGE_USERS)) {
            throw NotPermitted.forRole();
        }
        return user;
    }
}
