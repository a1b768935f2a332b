package org.svyaz.users.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.svyaz.users.ApiTokenScope;
import org.svyaz.users.internal.ApiTokens.PresentedToken;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <personal API token>}: an
 * unknown, revoked or expired token is a 401, a READ token's write a 403.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokens tokens;
    private final ApiTokenUses uses;
    private final JooqUsers users;
    private final AuthenticationEntryPoint entryPoint;
    private final AccessDeniedHandler forbidden;

    ApiTokenFilter(ApiTokens tokens, ApiTokenUses uses, JooqUsers users, AuthenticationEntryPoint entryPoint,
            AccessDeniedHandler forbidden) {
        this.tokens = tokens;
        this.uses = uses;
        this.users = users;
        this.entryPoint = entryPoint;
        this.forbidden = forbidden;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<PresentedToken> token = tokens.find(header.substring(BEARER.length()).trim());
        Optional<SvyazUserDetails> user = token.flatMap(found -> users.byId(found.userId()))
                .filter(found -> found.enabled())
                .map(found -> new SvyazUserDetails(found.id(), found.userName(), found.role(), true, null));
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Unknown, revoked or expired API token"));
            return;
        }
        uses.used(token.get().id());
        if (token.get().scope() == ApiTokenScope.READ && !READS.contains(request.getMethod())) {
            forbidden.handle(request, response, new AccessDeniedException("A READ token may not write"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
