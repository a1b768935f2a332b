package org.svyaz.lookups;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.event.EventListener;
import org.svyaz.contacts.ContactDeleted;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.contacts.ContactNotFound;
import org.svyaz.lookups.internal.FilterConditions;
import org.svyaz.lookups.internal.CountCache;
import org.svyaz.lookups.internal.JooqSnapshots;
import org.svyaz.lookups.internal.JooqTags;
import org.svyaz.journal.RecordIds;
import org.svyaz.users.UserManagement;

/**
 * Tag mode (SPEC L7): each user tags contacts to work on them together; Tag All tags a whole
 * lookup at once, in the database, however many contacts it holds.
 */
@Service
public class ContactTags {

    private static final Duration SNAPSHOT_LIFETIME = Duration.ofDays(1);

    private final JooqTags tags;
    private final CountCache counts;
    private final FilterConditions conditions;
    private final ContactManagement contacts;
    private final UserManagement users;
    private final JooqSnapshots snapshots;
    private final Clock clock;

    ContactTags(JooqTags tags, CountCache counts, FilterConditions conditions, ContactManagement contacts, UserManagement users,
            JooqSnapshots snapshots, Clock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
        this.tags = tags;
        this.counts = counts;
        this.conditions = conditions;
        this.contacts = contacts;
        this.users = users;
    }

    @Transactional
    public void tag(UUID contactId) {
        if (!contacts.isVisible(contactId)) {
            throw new ContactNotFound();
        }
        tags.tag(users.current().id(), contactId);
        counts.forgetAll();
    }

    @Transactional
    public void untag(UUID contactId) {
        tags.untag(users.current().id(), contactId);
        counts.forgetAll();
    }

    /** Tags every contact of the lookup; returns how many were newly tagged. */
    @Transactional
    public int tagAll(ContactFilter filter) {
        UUID me = users.current().id();
        int tagged = tags.tagAll(me, conditions.of(filter, me));
        counts.forgetAll();
        return tagged;
    }

    /**
     * Lookup Tagged: the tagged contacts of the lookup, fixed as they are now (ACT!'s tag mode),
     * so that untagging one later leaves it in the list.
     */
    @Transactional
    public ContactFilter lookupTagged(ContactFilter current) {
        return fix(new ContactFilter.Both(current, new ContactFilter.Tagged()));
    }

    /** Omit Tagged: the contacts of the lookup that are not tagged now, fixed so that Tag All later keeps them. */
    @Transactional
    public ContactFilter omitTagged(ContactFilter current) {
        return fix(new ContactFilter.Without(current, new ContactFilter.Tagged()));
    }

    /**
     * Copies the lookup's contacts into a snapshot, in the database. The user's snapshots of
     * earlier days go: a session that could still show one has long ended.
     */
    private ContactFilter fix(ContactFilter lookup) {
        UUID me = users.current().id();
        OffsetDateTime now = OffsetDateTime.now(clock);
        snapshots.forgetOlder(me, now.minus(SNAPSHOT_LIFETIME));
        UUID snapshotId = RecordIds.next();
        snapshots.take(snapshotId, me, now, conditions.of(lookup, me));
        return new ContactFilter.Fixed(snapshotId, lookup);
    }

    /** Untags every contact the user tagged. */
    @Transactional
    public void untagAll() {
        tags.untagAll(users.current().id());
        counts.forgetAll();
    }

    /** Which of these contacts the user tagged. */
    public Set<UUID> taggedAmong(Collection<UUID> contactIds) {
        return tags.taggedAmong(users.current().id(), contactIds);
    }

    /** A deleted contact is nobody's tag any more. */
    @EventListener
    void on(ContactDeleted deleted) {
        tags.forget(deleted.contactId());
    }

    /** How many contacts the user tagged that they may still see. */
    public long count() {
        UUID me = users.current().id();
        return tags.count(me, FilterConditions.visibleTo(me));
    }
}
