package org.svyaz.users.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.context.MessageSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.svyaz.shell.ApiError;
import org.svyaz.users.SecurityEventKind;
import org.svyaz.users.Permission;

/**
 * Two doors: {@code /api/**} takes HTTP Basic or a bearer token on every call and keeps no
 * session; the pages use a log-in form, a session cookie and CSRF tokens.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Where a user who must choose a new password is sent (users/web/AccountController). */
    static final String PASSWORD_CHANGE_PAGE = "/account/password";
    /** What a manager administers besides an administrator (the role matrix: MANAGE_FIELDS). */
    private static final String[] FIELD_ADMINISTRATION_PAGES = {
        "/admin/custom-fields", "/admin/custom-fields/**", "/admin/contact-statuses", "/admin/contact-statuses/**",
        "/admin/activity-types", "/admin/activity-types/**"
    };
    private static final String[] FIELD_ADMINISTRATION_API = {
        "/api/v1/admin/custom-fields", "/api/v1/admin/custom-fields/**", "/api/v1/admin/contact-statuses",
        "/api/v1/admin/contact-statuses/**", "/api/v1/admin/activity-types", "/api/v1/admin/activity-types/**"
    };
    private static final String[] PUBLIC_PATHS = {
        "/login", "/webjars/**", "/static/**", "/favicon.ico", "/error",
        "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
        // an iCalendar feed: its secret token is the credential (calendar programs cannot log in)
        "/calendar/feed/*"
    };

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, ApiTokens tokens, ApiTokenUses tokenUses,
            JooqUsers users, CurrentUserLookup currentUser, MessageSource messages, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Svyaz\"");
            // a wrong password and a lockout read the same, so that a guesser learns nothing of either
            String key = exception instanceof BadCredentialsException ? "error.login.failed" : "error.unauthorized";
            writeError(response, HttpServletResponse.SC_UNAUTHORIZED, messages.getMessage(key, null, LocaleContextHolder.getLocale()), json);
        };
        AccessDeniedHandler forbidden = forbidden("error.notPermitted", messages, json);
        PasswordChangeRequiredFilter.Refusal mustChange = (request, response) -> writeError(response, HttpServletResponse.SC_FORBIDDEN,
                messages.getMessage("error.password.mustChange", null, LocaleContextHolder.getLocale()), json);
        return http
                .securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(FIELD_ADMINISTRATION_API).hasAuthority(Permission.MANAGE_FIELDS.name())
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new ApiTokenFilter(tokens, tokenUses, users, unauthorized, forbidden("error.apiToken.readOnly", messages, json)),
                        BasicAuthenticationFilter.class)
                .addFilterBefore(new FreshUserFilter(currentUser, null), AuthorizationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(currentUser,
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/me/password"), mustChange),
                        FreshUserFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .headers(SecurityConfiguration::privacyHeaders)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager, CurrentUserLookup currentUser,
            SessionStamps sessions, SecurityEvents events) throws Exception {
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(FIELD_ADMINISTRATION_PAGES).hasAuthority(Permission.MANAGE_FIELDS.name())
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(loginSuccess(sessions, events))
                        .failureHandler(loginFailure()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new FreshUserFilter(currentUser, sessions), AuthorizationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(currentUser, whileMustChangePassword(), SecurityConfiguration::toPasswordChange),
                        FreshUserFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(pageEntryPoint()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; frame-ancestors 'self'; form-action 'self'"))
                        .frameOptions(frame -> frame.sameOrigin()))
                .headers(SecurityConfiguration::privacyHeaders)
                .build();
    }

    /**
     * On every answer, pages and API alike: links to other sites do not carry the address of a
     * record, and no page may ask for the camera, the microphone, the location and the like,
     * which a CRM never needs (an injected script included).
     */
    private static void privacyHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), "
                                + "midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()"));
    }

    /** A page request without a session goes to the log-in page; an htmx request is told to go there. */
    private static AuthenticationEntryPoint pageEntryPoint() {
        RequestMatcher htmx = new RequestHeaderRequestMatcher("HX-Request");
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(htmx, (request, response, exception) -> {
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        });
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoint;
    }

    /** A wrong password and a lockout read the same, so that a guesser learns nothing of either. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath() + "/login?error");
    }

    /** Stamps the session's log-in (for its absolute lifetime and password changes) and records the log-in. */
    private static AuthenticationSuccessHandler loginSuccess(SessionStamps sessions, SecurityEvents events) {
        SavedRequestAwareAuthenticationSuccessHandler toPage = new SavedRequestAwareAuthenticationSuccessHandler();
        toPage.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            sessions.loggedIn(request);
            events.record(SecurityEventKind.LOGIN, authentication.getName(), request.getRemoteAddr());
            toPage.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** What a user who must change their password may still reach: the change itself, logging out, and what those pages need. */
    private static RequestMatcher whileMustChangePassword() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        List<RequestMatcher> allowed = new ArrayList<>();
        allowed.add(paths.matcher(PASSWORD_CHANGE_PAGE));
        allowed.add(paths.matcher("/logout"));
        for (String path : PUBLIC_PATHS) {
            allowed.add(paths.matcher(path));
        }
        return new OrRequestMatcher(allowed);
    }

    private static void toPasswordChange(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        String target = request.getContextPath() + PASSWORD_CHANGE_PAGE;
        if (request.getHeader("HX-Request") != null) {
            // the layout's own htmx requests (alarms) on the change-password page must not reload it for ever
            if (!target.equals(pathOf(request.getHeader("HX-Current-URL")))) {
                response.setHeader("HX-Redirect", target);
            }
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        } else {
            response.sendRedirect(target);
        }
    }

    /** The path of an address a client sent, null when there is none or it is no address. */
    private static String pathOf(String address) {
        try {
            return address == null ? null : URI.create(address).getPath();
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static AccessDeniedHandler forbidden(String messageKey, MessageSource messages, ObjectMapper json) {
        return (request, response, exception) -> writeError(response, HttpServletResponse.SC_FORBIDDEN,
                messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()), json);
    }

    private static void writeError(HttpServletResponse response, int status, String message, ObjectMapper json)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ApiError.of(message));
    }
}
