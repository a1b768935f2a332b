package org.svyaz.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.DateRange;
import org.svyaz.activities.TaskList;
import org.svyaz.activities.TaskListFilter;
import org.svyaz.calendar.internal.JooqFeedTokens;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * Each user's secret iCalendar feed (SPEC K10): its token (made on first use, replaced on
 * request) and the feed itself, every activity the user owns, private and cleared ones included
 * (how activities become events: {@link IcsWriter}).
 *
 * <p>The token is 32 random bytes (base64url), a credential of this server: kept in
 * {@code calendar_feed}, not journaled and never synchronized, and kept (not only its hash) so the
 * account page can show the address again. The feed is found by the token's SHA-256 hash, so the
 * database never compares the secret itself; a wrong token is a bare 404 that tells nothing about
 * users. A disabled user's feed is unknown as well.
 */
@Service
public class CalendarFeeds {

    private static final int TOKEN_BYTES = 32;
    private static final int PAGE = 5_000;
    private static final TaskListFilter ALL_MINE = new TaskListFilter(Set.of(), Set.of(), DateRange.ALL, null, null, List.of(),
            false, true, "date", false);

    private final JooqFeedTokens tokens;
    private final UserManagement users;
    private final ActivityManagement activities;
    private final IcsWriter writer;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(JooqFeedTokens tokens, UserManagement users, ActivityManagement activities, IcsWriter writer) {
        this.tokens = tokens;
        this.users = users;
        this.activities = activities;
        this.writer = writer;
    }

    /** The current user's feed token, made now if the user has none yet. */
    @Transactional
    public String myToken() {
        UUID me = users.current().id();
        Optional<String> existing = tokens.tokenOf(me);
        if (existing.isPresent()) {
            return existing.get();
        }
        String token = newToken();
        tokens.insertIfAbsent(me, token, hash(token), activities.now());
        return tokens.tokenOf(me).orElseThrow();
    }

    /** Gives the current user a new feed token; the old address stops working at once. */
    @Transactional
    public String regenerate() {
        UUID me = users.current().id();
        String token = newToken();
        tokens.replace(me, token, hash(token), activities.now());
        return token;
    }

    /** The feed of the token's user as an iCalendar text, empty when no user has this token. */
    public Optional<String> feed(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.userOf(hash(token)).flatMap(users::findById).filter(User::enabled)
                .map(owner -> users.actingAs(owner.id(), () -> writer.write(allOfCurrentUser(), owner.language().locale())));
    }

    private List<Activity> allOfCurrentUser() {
        List<Activity> all = new ArrayList<>();
        int offset = 0;
        TaskList page;
        do {
            page = activities.taskList(ALL_MINE, offset, PAGE);
            all.addAll(page.items());
            offset += PAGE;
        } while (page.next() != null);
        return all;
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The database is asked for the token's hash, never the token, so its comparison leaks nothing about a secret. */
    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
