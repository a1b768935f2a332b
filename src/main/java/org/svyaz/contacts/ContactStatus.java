package org.svyaz.contacts;

import java.util.Locale;
import java.util.UUID;

/** An entry of the configurable status list (prospect, customer, other, ...). */
public record ContactStatus(UUID id, String code, String nameEn, String nameRu, int position, long version) {

    /** The name in the given language, the English one where the Russian is missing. */
    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) && !nameRu.isBlank() ? nameRu : nameEn;
    }
}
