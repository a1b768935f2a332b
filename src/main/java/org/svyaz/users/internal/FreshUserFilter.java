package org.svyaz.users.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.svyaz.users.User;

/**
 * Before authorization: logs out a user who was disabled or deleted since logging in, or whose
 * session is over (too old, or logged in before a password change: {@link SessionStamps}), and
 * gives the request the user's current role, so that role changes apply to open sessions.
 */
class FreshUserFilter extends OncePerRequestFilter {

    private final CurrentUserLookup currentUser;
    private final SessionStamps sessions;

    /** {@code sessions}: null where requests carry no session (the API), whose sessions are not ours to end. */
    FreshUserFilter(CurrentUserLookup currentUser, SessionStamps sessions) {
        this.currentUser = currentUser;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SvyazUserDetails principal) {
            Optional<User> user = currentUser.currentRecord();
            HttpSession session = sessions == null ? null : request.getSession(false);
            if (user.isEmpty() || session != null && sessions.isOver(session, user.get())) {
                SecurityContextHolder.clearContext();
                if (session != null) {
                    session.invalidate();
                }
            } else if (user.get().role() != principal.role()) {
                SvyazUserDetails updated = new SvyazUserDetails(principal.id(), principal.getUsername(), user.get().role(), true, null);
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
