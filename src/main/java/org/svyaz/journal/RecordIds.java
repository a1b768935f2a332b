package org.svyaz.journal;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Makes record ids: UUID version 7 (RFC 9562), time-ordered, so that separate databases create
 * records without collisions and indexes on ids stay compact. Ids made in one millisecond
 * count up in their random part, so they sort in the order they were made.
 */
public final class RecordIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static long sequence;

    private RecordIds() {
    }

    public static synchronized UUID next() {
        long millis = System.currentTimeMillis();
        if (millis <= lastMillis) {
            millis = lastMillis;
            sequence++;
            if (sequence > 0xFFF) {
                millis = ++lastMillis;
                sequence = RANDOM.nextInt(0x800);
            }
        } else {
            lastMillis = millis;
            sequence = RANDOM.nextInt(0x800);
        }
        long mostSignificant = (millis << 16) | 0x7000L | sequence;
        long leastSignificant = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
