package org.svyaz.users;

import java.util.Optional;
import java.util.UUID;

/** Finds a user's My Record contact; implemented by the contacts module. */
public interface MyRecords {

    Optional<UUID> myRecordOf(UUID userId);
}
