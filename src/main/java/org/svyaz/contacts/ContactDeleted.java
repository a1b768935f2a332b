package org.svyaz.contacts;

import java.util.UUID;

/**
 * Published inside the deleting transaction, after the contact row is gone: the modules that
 * keep records of the contact (notes, history, documents) delete theirs in that transaction.
 */
public record ContactDeleted(UUID contactId) {
}
