package org.svyaz.shell;

/** Someone else changed the record since the user loaded it (409); nothing was written. */
public class VersionConflict extends UserFacingException {

    public VersionConflict() {
        super("error.versionConflict");
    }
}
