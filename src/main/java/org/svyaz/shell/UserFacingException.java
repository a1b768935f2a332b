package org.svyaz.shell;

import java.util.List;

/**
 * An error whose message a user sees. It carries a message key (resolved in the user's
 * language by the error handlers) and the arguments for it, never a ready-made text.
 */
public abstract class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected UserFacingException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
