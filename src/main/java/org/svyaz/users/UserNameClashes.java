package org.svyaz.users;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.journal.NameClash;
import org.svyaz.shell.InvalidInput;
import org.svyaz.users.internal.JooqUsers;

/**
 * Two databases that each created a user of one user name (an {@code admin} on each laptop, a
 * colleague added twice): the users' part of {@link NameClash}. A user is an account with its own
 * password, tokens and records, so two of them are never merged, whatever their fields: both are
 * kept and the one with the larger id gets a new user name ({@code ivanov.2}), which it logs in
 * with from then on; the rename is logged for administrators to tell that user.
 */
@Service
public class UserNameClashes implements NameClash.Settler {

    /** How two databases' users of one name are told apart: a user name with a dot and a number. */
    public static final NameClash NAME_CLASH = new NameClash(NameClash.Suffix.DOT, 60);

    private static final Logger log = LoggerFactory.getLogger(UserNameClashes.class);
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    private final JooqUsers users;

    UserNameClashes(JooqUsers users) {
        this.users = users;
    }

    /** What {@link NameClash#decide} compares of two users: their ids, so two users never merge. */
    public static Object clashDefinition(User user) {
        return user.id();
    }

    /** Whether a user has this name: the names a clash may not take. */
    public boolean nameTaken(String userName) {
        return users.byUserName(userName).isPresent();
    }

    @Override
    public String entity() {
        return "user";
    }

    /**
     * {@link NameClash.Settler}: a user arrived from another database under a user name one here
     * has, and took a placeholder; the one with the larger id is renamed (users never merge).
     */
    @Override
    @Transactional
    public void settle(UUID localId, UUID arrivingId, String clashedName) {
        NAME_CLASH.settle(clashedName, localId, localId, arrivingId, arrivingId, this::nameTaken, (absorbed, survivor) -> {
            throw new IllegalStateException("Two users never merge");
        }, this::rename);
    }

    /**
     * Carries out a {@link NameClash.Rename}: the user takes a new user name, through the journal.
     * A change synchronization makes, not a user: no permission is asked.
     *
     * @throws InvalidInput when the name is no user name or another user has it
     */
    @Transactional
    public User rename(UUID userId, String newUserName) {
        User user = users.byId(userId).orElseThrow(UserNotFound::new);
        if (newUserName == null || !USER_NAME.matcher(newUserName).matches()) {
            throw InvalidInput.of("userName", "error.userName.format");
        }
        if (users.byUserName(newUserName).filter(other -> !other.id().equals(userId)).isPresent()) {
            throw InvalidInput.of("userName", "error.userName.taken", newUserName);
        }
        User renamed = users.rename(userId, newUserName);
        log.warn("User {} ({}) was renamed to {}: another database created a user of the same name; they log in as {} from now on",
                user.userName(), userId, newUserName, newUserName);
        return renamed;
    }
}
