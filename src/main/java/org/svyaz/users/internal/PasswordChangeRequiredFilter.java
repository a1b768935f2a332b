package org.svyaz.users.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.svyaz.users.User;

/**
 * Holds back a user who must choose a new password (the demo users, whose passwords are
 * published): every request but those that let them change it is refused, the way {@code refusal}
 * says (pages send them to the change-password page, the API answers 403).
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    /** What to answer a request held back. */
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final CurrentUserLookup currentUser;
    private final RequestMatcher allowed;
    private final Refusal refusal;

    PasswordChangeRequiredFilter(CurrentUserLookup currentUser, RequestMatcher allowed, Refusal refusal) {
        this.currentUser = currentUser;
        this.allowed = allowed;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!allowed.matches(request) && currentUser.currentRecord().map(User::mustChangePassword).orElse(false)) {
            refusal.refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
