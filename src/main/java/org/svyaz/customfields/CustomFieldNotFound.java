package org.svyaz.customfields;

import org.svyaz.shell.RecordNotFound;

public class CustomFieldNotFound extends RecordNotFound {

    public CustomFieldNotFound() {
        super("error.customFieldNotFound");
    }
}
