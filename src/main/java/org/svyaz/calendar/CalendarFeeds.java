package org.svyaz.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.activities.ActivitiesStamp;
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
 * request) and the feed itself, the activities the user owns in the feed's window, private and
 * cleared ones included (how activities become events: {@link IcsWriter}).
 *
 * <p>The token is 32 random bytes (base64url), a credential of this server: only its SHA-256 hash
 * is kept, in {@code calendar_feed}, not journaled and never synchronized, so a copy of the
 * database opens no calendar. The address is therefore shown once, when it is made; a user who
 * lost it makes a new one. The feed is found by the token's hash, so the database never compares
 * the secret itself; a wrong token is a bare 404 that tells nothing about users. A disabled
 * user's feed is unknown as well.
 *
 * <p>Calendar programs fetch a feed every few minutes, so each answer carries an ETag and a
 * Last-Modified, and one query (count, sum of versions and latest change of the window's
 * activities) tells whether the feed changed before any of it is written. The ETag also holds the
 * window's dates, the owner's zone, language and name, and the writer's format; contact and
 * activity type names are not in it, so a renamed contact shows in the feed with the next change
 * of its activities, or the next day, when the window moves. Last-Modified is the latest change or
 * the window's first day, whichever is later; an activity erased without any other change leaves
 * it as it was, so a client that sends If-Modified-Since alone (not the ETag) sees that on the
 * next change.
 */
@Service
public class CalendarFeeds {

    private static final int TOKEN_BYTES = 32;
    private static final int PAGE = 5_000;
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

    /**
     * The current user's feed: a token made now (to be shown this once) if the user had none,
     * else only when the existing one was made, since its token is not kept.
     */
    @Transactional
    public MyFeed myFeed() {
        UUID me = users.current().id();
        Optional<OffsetDateTime> existing = tokens.createdAt(me);
        if (existing.isPresent()) {
            return new MyFeed(null, existing.get());
        }
        String token = newToken();
        OffsetDateTime now = storedNow();
        // another first request at the same moment may have stored its token: that one holds then
        return tokens.insertIfAbsent(me, hash(token), now) ? new MyFeed(token, now) : new MyFeed(null, tokens.createdAt(me).orElseThrow());
    }

    /** Gives the current user a new feed token, to be shown this once; the old address stops working at once. */
    @Transactional
    public MyFeed regenerate() {
        UUID me = users.current().id();
        String token = newToken();
        OffsetDateTime now = storedNow();
        tokens.replace(me, hash(token), now);
        return new MyFeed(token, now);
    }

    /**
     * A user's feed as its owner sees it.
     *
     * @param token the secret, present only right after it was made (it is never kept)
     * @param createdAt when the current token was made
     */
    public record MyFeed(String token, OffsetDateTime createdAt) {
    }

    /**
     * The feed of the token's user in the window, stamped but not yet written (see
     * {@link #text}); empty when no enabled user has this token.
     */
    public Optional<Feed> feed(String token, FeedWindow window) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.userOf(hash(token)).flatMap(users::findById).filter(User::enabled)
                .map(owner -> users.actingAs(owner.id(), () -> stamped(owner, window)));
    }

    /** The feed as an iCalendar text. */
    public String text(Feed feed) {
        return users.actingAs(feed.ownerId(), () -> writer.write(all(feed.filter()), feed.locale(), feed.whose()));
    }

    /** Runs as the owner: "today" and the zone are the owner's. */
    private Feed stamped(User owner, FeedWindow window) {
        LocalDate today = activities.today();
        LocalDate from = today.minusDays(window.pastDays());
        LocalDate to = window.futureDays() == null ? null : today.plusDays(window.futureDays());
        TaskListFilter filter = new TaskListFilter(Set.of(), Set.of(), DateRange.CUSTOM, from, to, List.of(), false, true, "date",
                false);
        ActivitiesStamp stamp = activities.stampOf(filter);
        ZoneId zone = writer.zone();
        Locale locale = owner.language().locale();
        String whose = owner.fullName() == null || owner.fullName().isBlank() ? owner.userName() : owner.fullName();
        String etag = '"' + hash(String.join("|", String.valueOf(IcsWriter.FORMAT), String.valueOf(stamp.count()),
                String.valueOf(stamp.versions()), String.valueOf(stamp.lastChange() == null ? null : stamp.lastChange().toInstant()),
                String.valueOf(from), String.valueOf(to), zone.getId(), locale.toLanguageTag(), whose)).substring(0, 32) + '"';
        Instant windowStart = from.atStartOfDay(zone).toInstant();
        Instant lastChange = stamp.lastChange() == null ? windowStart : stamp.lastChange().toInstant();
        Instant lastModified = (lastChange.isAfter(windowStart) ? lastChange : windowStart).truncatedTo(ChronoUnit.SECONDS);
        return new Feed(owner.id(), locale, whose, filter, etag, lastModified);
    }

    /**
     * A feed ready to be written: whose it is, which activities (the window as a task list filter,
     * so the database bounds it), its ETag (quoted) and when it last changed.
     */
    public record Feed(UUID ownerId, Locale locale, String whose, TaskListFilter filter, String etag, Instant lastModified) {
    }

    private List<Activity> all(TaskListFilter filter) {
        List<Activity> all = new ArrayList<>();
        int offset = 0;
        TaskList page;
        do {
            page = activities.taskList(filter, offset, PAGE);
            all.addAll(page.items());
            offset += PAGE;
        } while (page.next() != null);
        return all;
    }

    /** Now, as precisely as both databases store it, so that the answer equals what is read back later. */
    private OffsetDateTime storedNow() {
        return activities.now().truncatedTo(ChronoUnit.MILLIS);
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
