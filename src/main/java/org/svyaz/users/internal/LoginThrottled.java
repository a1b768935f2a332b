package org.svyaz.users.internal;

import org.springframework.security.authentication.LockedException;

/** A log-in refused, without checking the password, because the user name must wait. */
class LoginThrottled extends LockedException {

    private final long secondsToWait;

    LoginThrottled(long secondsToWait) {
        super("Too many failed log-ins; wait " + secondsToWait + " s");
        this.secondsToWait = secondsToWait;
    }

    long secondsToWait() {
        return secondsToWait;
    }
}
