package org.svyaz.journal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A synchronization partner and the journal position it has confirmed ({@code confirmedAt} null before its first confirmation). */
public record SyncPartner(UUID id, String name, long confirmedPosition, OffsetDateTime confirmedAt) {
}
