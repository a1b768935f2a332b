package org.svyaz.users.internal;

import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.User;

/**
 * Who makes the current request, read fresh from the database once per request, so a change
 * of role, language or a disabled account takes effect at once, also for open sessions.
 */
@Component
public class CurrentUserLookup {

    private static final String REQUEST_ATTRIBUTE = CurrentUserLookup.class.getName();
    /** The user a task acts as (see {@link #actingAs}), read once for the whole task. */
    private static final ThreadLocal<CurrentUser> ACTING = new ThreadLocal<>();

    private final JooqUsers users;
    private final PasswordAuthentication passwordAuthentication;

    CurrentUserLookup(JooqUsers users, @Lazy PasswordAuthentication passwordAuthentication) {
        this.users = users;
        this.passwordAuthentication = passwordAuthentication;
    }

    public Optional<CurrentUser> current() {
        CurrentUser acting = ACTING.get();
        if (acting != null) {
            return Optional.of(acting);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SvyazUserDetails principal)) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser cached
                && cached.id().equals(principal.id())) {
            return Optional.of(cached);
        }
        Optional<CurrentUser> fresh = users.byId(principal.id())
                .filter(user -> user.enabled())
                .map(CurrentUser::of);
        if (request != null && fresh.isPresent()) {
            request.setAttribute(REQUEST_ATTRIBUTE, fresh.get(), RequestAttributes.SCOPE_REQUEST);
        }
        return fresh;
    }

    public <T> T actingAs(User user, Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SvyazUserDetails principal = new SvyazUserDetails(user.id(), user.userName(), user.role(), user.enabled(), null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        CurrentUser previousActing = ACTING.get();
        ACTING.set(CurrentUser.of(user));
        try {
            return task.get();
        } finally {
            ACTING.set(previousActing);
            SecurityContextHolder.setContext(previous);
        }
    }

    public void forgetCachedCredentials(String userName) {
        passwordAuthentication.forget(userName);
    }
}
