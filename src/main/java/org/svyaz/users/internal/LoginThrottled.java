package org.svyaz.users.internal;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A log-in refused, without checking the password, because the user name or the address must
 * wait. A kind of bad credentials on purpose: the client is told exactly what a wrong password
 * tells it, so that it learns neither that it is locked out nor for how long.
 */
class LoginThrottled extends BadCredentialsException {

    LoginThrottled() {
        super("Too many failed log-ins");
    }
}
