package org.svyaz.shell;

/** An unknown id, or a record the user may not see (which looks the same: 404). */
public class RecordNotFound extends UserFacingException {

    public RecordNotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
