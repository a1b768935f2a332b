package org.svyaz.journal;

import java.time.Duration;
import java.time.Instant;

/** A change from another database is timed further ahead of this database's clock than {@code svyaz.sync.max-clock-skew} allows. */
public class ClockSkewTooLarge extends RuntimeException {

    private final Instant remote;

    public ClockSkewTooLarge(Instant remote, Instant local, Duration maxSkew) {
        super("A change is timed " + remote + ", more than " + maxSkew + " ahead of this database's clock (" + local
                + "): the other database's clock is wrong; it was not applied");
        this.remote = remote;
    }

    public Instant remote() {
        return remote;
    }
}
