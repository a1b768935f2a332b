package org.svyaz.users.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and checking, for the web server and for the command line alike. */
@Configuration
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(JooqUsers users) {
        return userName -> users.recordByUserName(userName.trim().toLowerCase())
                .map(SvyazUserDetails::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Bean
    PasswordAuthentication passwordAuthentication(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
        passwords.setPasswordEncoder(passwordEncoder);
        return new PasswordAuthentication(passwords, throttle);
    }

    @Bean
    AuthenticationManager authenticationManager(PasswordAuthentication passwordAuthentication) {
        return new ProviderManager(passwordAuthentication);
    }
}
