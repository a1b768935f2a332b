package org.svyaz.customfields.internal;

import org.springframework.context.ApplicationContext;

/** Lets tests start without the field definitions kept from earlier tests. */
public final class CustomFieldState {

    private CustomFieldState() {
    }

    public static void forgetAll(ApplicationContext context) {
        context.getBean(JooqCustomFields.class).forgetKeptFields();
    }
}
