package org.svyaz.contacts;

import java.util.UUID;

/** Published inside the creating transaction. */
public record ContactCreated(UUID contactId) {
}
