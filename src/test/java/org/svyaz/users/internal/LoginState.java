package org.svyaz.users.internal;

import org.springframework.context.ApplicationContext;

/** Lets tests start without remembered log-ins or failed attempts of earlier tests. */
public final class LoginState {

    private LoginState() {
    }

    public static void forgetAll(ApplicationContext context) {
        context.getBean(PasswordAuthentication.class).forgetAll();
        context.getBean(LoginThrottle.class).forgetAll();
    }
}
