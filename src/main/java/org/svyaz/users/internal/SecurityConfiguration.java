package org.svyaz.users.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
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
import org.springframework.security.config.http.SessionCreationPolicy;
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

/**
 * Two doors: {@code /api/**} takes HTTP Basic or a bearer token on every call and keeps no
 * session; the pages use a log-in form, a session cookie and CSRF tokens.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String[] PUBLIC_PATHS = {
        "/login", "/webjars/**", "/static/**", "/favicon.ico", "/error",
        "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
        // an iCalendar feed: its secret token is the credential (calendar programs cannot log in)
        "/calendar/feed/*"
    };

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, ApiTokens tokens, JooqUsers users,
            CurrentUserLookup currentUser, MessageSource messages, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Svyaz\"");
            String key = exception instanceof LoginThrottled ? "error.login.throttled" : "error.unauthorized";
            Object[] arguments = exception instanceof LoginThrottled throttled ? new Object[] {throttled.secondsToWait()} : null;
            writeError(response, HttpServletResponse.SC_UNAUTHORIZED, messages.getMessage(key, arguments, LocaleContextHolder.getLocale()), json);
        };
        AccessDeniedHandler forbidden = (request, response, exception) ->
                writeError(response, HttpServletResponse.SC_FORBIDDEN,
                        messages.getMessage("error.notPermitted", null, LocaleContextHolder.getLocale()), json);
        return http
                .securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new ApiTokenFilter(tokens, users, unauthorized), BasicAuthenticationFilter.class)
                .addFilterBefore(new FreshUserFilter(currentUser), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager, CurrentUserLookup currentUser)
            throws Exception {
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(loginFailure()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new FreshUserFilter(currentUser), AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(pageEntryPoint()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; frame-ancestors 'self'; form-action 'self'"))
                        .frameOptions(frame -> frame.sameOrigin()))
                .build();
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

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String target = exception instanceof LoginThrottled throttled ? "/login?wait=" + throttled.secondsToWait() : "/login?error";
            response.sendRedirect(request.getContextPath() + target);
        };
    }

    private static void writeError(HttpServletResponse response, int status, String message, ObjectMapper json)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ApiError.of(message));
    }
}
