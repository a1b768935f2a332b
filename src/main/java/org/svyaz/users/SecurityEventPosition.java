package org.svyaz.users;

import java.time.Instant;
import java.util.UUID;

/** Where a newest-first walk through the security events stopped: the last event read. */
public record SecurityEventPosition(Instant at, UUID id) {

    public static SecurityEventPosition of(SecurityEvent event) {
        return new SecurityEventPosition(event.at(), event.id());
    }
}
