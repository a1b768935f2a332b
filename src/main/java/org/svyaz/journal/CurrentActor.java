package org.svyaz.journal;

import java.util.Optional;
import java.util.UUID;

/**
 * Tells the journal who is making the current change. Implemented by the users module;
 * empty when the system itself writes (start-up, demo data, the generator).
 */
public interface CurrentActor {

    Optional<UUID> userId();
}
