package org.svyaz.shell;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone of the user making the current request or task, when there is one; the users
 * module provides it, {@link DisplayTime} asks for it.
 */
public interface ViewerZone {

    Optional<ZoneId> current();
}
