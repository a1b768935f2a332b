package org.svyaz.lookups.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.svyaz.contacts.ContactCreated;
import org.svyaz.contacts.ContactDeleted;
import org.svyaz.contacts.ContactUpdated;
import org.svyaz.lookups.ContactFilter;

/**
 * How many contacts a user's lookup holds, kept for a few seconds: paging through a lookup of a
 * million contacts would otherwise count them again for every page. Any change of a contact or
 * a tag made here forgets every count at once; a change made by another server sharing the
 * database shows within the seconds a count is kept.
 */
@Component
public class CountCache {

    private static final long KEEP_NANOS = 10_000_000_000L;
    private static final int MAX_KEPT = 10_000;

    private final Map<Key, Kept> counts = new ConcurrentHashMap<>();

    public long count(UUID viewer, ContactFilter filter, LongSupplier counting) {
        Key key = new Key(viewer, filter);
        long now = System.nanoTime();
        Kept kept = counts.get(key);
        if (kept != null && now - kept.countedAt() < KEEP_NANOS) {
            return kept.count();
        }
        long count = counting.getAsLong();
        if (counts.size() >= MAX_KEPT) {
            counts.clear();
        }
        counts.put(key, new Kept(count, now));
        return count;
    }

    public void forgetAll() {
        counts.clear();
    }

    @EventListener
    void on(ContactCreated created) {
        forgetAll();
    }

    @EventListener
    void on(ContactUpdated updated) {
        forgetAll();
    }

    @EventListener
    void on(ContactDeleted deleted) {
        forgetAll();
    }

    private record Key(UUID viewer, ContactFilter filter) {
    }

    private record Kept(long count, long countedAt) {
    }
}
