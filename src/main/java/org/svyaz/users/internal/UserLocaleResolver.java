package org.svyaz.users.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.svyaz.users.Language;

/**
 * The language of a page or an API message: the logged-in user's own; before log-in, the one
 * picked on the log-in page, else the browser's preference (Russian or English).
 */
class UserLocaleResolver implements LocaleResolver {

    private static final String SESSION_ATTRIBUTE = UserLocaleResolver.class.getName();

    private final CurrentUserLookup currentUser;

    UserLocaleResolver(CurrentUserLookup currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return currentUser.current()
                .map(user -> user.language())
                .or(() -> chosenBeforeLogin(request))
                .or(() -> Language.ofCode(request.getLocale().getLanguage()))
                .orElse(Language.EN)
                .locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language.ofCode(locale == null ? "" : locale.getLanguage())
                .ifPresent(language -> request.getSession().setAttribute(SESSION_ATTRIBUTE, language));
    }

    private static java.util.Optional<Language> chosenBeforeLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Language language
                ? java.util.Optional.of(language)
                : java.util.Optional.empty();
    }
}
