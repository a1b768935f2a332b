package org.svyaz.contacts;

import java.util.UUID;

/** Published inside the updating transaction. */
public record ContactUpdated(UUID contactId) {
}
