package org.svyaz.journal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An id this database had until {@code mintedAt}, when it took {@code newId} for {@code reason}. */
public record PreviousDatabaseId(UUID previousId, UUID newId, OffsetDateTime mintedAt, String reason) {
}
