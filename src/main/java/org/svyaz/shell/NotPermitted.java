package org.svyaz.shell;

/** The user may see the record but their role does not allow this action (403). */
public class NotPermitted extends UserFacingException {

    public NotPermitted(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public static NotPermitted forRole() {
        return new NotPermitted("error.notPermitted");
    }
}
