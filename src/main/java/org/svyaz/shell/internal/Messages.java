package org.svyaz.shell.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's messages, in place of Spring Boot's (which formats with the JDK's MessageFormat: no plural rules). */
@Configuration(proxyBeanMethods = false)
class Messages {

    @Bean
    MessageSource messageSource() {
        return new IcuMessageSource();
    }
}
