package org.svyaz.groups;

import java.util.UUID;

/**
 * Published inside the duplicating transaction. With {@code withRecords}, the modules that keep
 * notes, history and documents of groups copy the original's to the copy.
 */
public record GroupDuplicated(UUID originalId, UUID copyId, boolean withRecords) {
}
