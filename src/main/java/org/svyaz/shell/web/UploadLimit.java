package org.svyaz.shell.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The largest file a user may upload, for the message that says so. */
@Component
class UploadLimit {

    private final DataSize maxSize;

    UploadLimit(@Value("${svyaz.documents.max-size}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    long megabytes() {
        return maxSize.toMegabytes();
    }
}
