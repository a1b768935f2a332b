package org.svyaz.users;

import java.time.ZoneId;
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

/**
 * The users module's API: users, their passwords and languages, API tokens, and who is making
 * the current request. Administrator-only methods check the caller's role themselves.
 */
@Service
public class UserManagement {

    public static final int MIN_PASSWORD_LENGTH = 6;
    private static final int MAX_PASSWORD_LENGTH = 200;
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    private final JooqUsers users;
    private final ApiTokens tokens;
    private final CurrentUserLookup currentUser;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    UserManagement(JooqUsers users, ApiTokens tokens, CurrentUserLookup currentUser, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events) {
        this.users = users;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
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
        currentUser.current().ifPresent(UserManagement::requireAdministrator);
        String userName = newUser.userName() == null ? "" : newUser.userName().trim().toLowerCase();
        FieldErrors errors = new FieldErrors();
        if (!USER_NAME.matcher(userName).matches()) {
            errors.add("userName", "error.userName.format");
        } else if (users.byUserName(userName).isPresent()) {
            errors.add("userName", "error.userName.taken", userName);
        }
        checkPassword(errors, "password", newUser.password());
        String fullName = newUser.fullName() == null || newUser.fullName().isBlank() ? userName : newUser.fullName().trim();
        errors.checkLength("fullName", fullName, 200);
        if (newUser.role() == null) {
            errors.add("role", "error.required");
        }
        errors.throwIfAny();
        Language language = newUser.language() == null ? Language.EN : newUser.language();
        User user = users.insert(userName, fullName, passwordEncoder.encode(newUser.password()), newUser.role(), language,
                newUser.timeZone());
        events.publishEvent(new UserCreated(user.id(), user.userName(), user.fullName()));
        return user;
    }

    /** Changes a user's name, role, language or whether they may log in (administrators only). */
    @Transactional
    public User update(UUID userId, UserChanges changes, long expectedVersion) {
        CurrentUser admin = requireAdministrator(current());
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

    /** Sets a new password for a user (administrators only). */
    @Transactional
    public void resetPassword(UUID userId, String newPassword) {
        requireAdministrator(current());
        User user = byId(userId);
        FieldErrors errors = new FieldErrors();
        checkPassword(errors, "password", newPassword);
        errors.throwIfAny();
        users.setPasswordHash(user.id(), passwordEncoder.encode(newPassword));
        currentUser.forgetCachedCredentials(user.userName());
    }

    /** Changes the caller's own password, after checking the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        CurrentUser me = current();
        FieldErrors errors = new FieldErrors();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, users.passwordHash(me.id()))) {
            errors.add("currentPassword", "error.password.wrongCurrent");
        }
        checkPassword(errors, "newPassword", newPassword);
        errors.throwIfAny();
        users.setPasswordHash(me.id(), passwordEncoder.encode(newPassword));
        currentUser.forgetCachedCredentials(me.userName());
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

    @Transactional
    public NewApiToken createApiToken(String name) {
        CurrentUser me = current();
        String tokenName = name == null ? "" : name.trim();
        FieldErrors errors = new FieldErrors();
        if (tokenName.isEmpty()) {
            errors.add("name", "error.required");
        }
        errors.checkLength("name", tokenName, 100);
        errors.throwIfAny();
        return tokens.create(me.id(), tokenName);
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

    private static CurrentUser requireAdministrator(CurrentUser user) {
        if (!user.isAdministrator()) {
            throw NotPermitted.forRole();
        }
        return user;
    }

    private static void checkPassword(FieldErrors errors, String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            errors.add(field, "error.password.tooShort", MIN_PASSWORD_LENGTH);
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            errors.add(field, "error.tooLong", MAX_PASSWORD_LENGTH);
        }
    }
}
