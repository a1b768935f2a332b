package org.svyaz.users.web;

import org.svyaz.shell.InvalidInput;
import org.svyaz.users.Language;

/** Reads a language code a client sends; an unknown one is invalid input. */
final class Languages {

    private Languages() {
    }

    static Language parse(String code) {
        if (code == null) {
            return null;
        }
        return Language.ofCode(code.trim()).orElseThrow(() -> InvalidInput.of("language", "error.language"));
    }
}
