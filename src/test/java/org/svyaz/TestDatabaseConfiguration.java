package org.svyaz;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Every test context starts from an empty schema, migrated as a real start-up would. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    /** The application's clock, which a test may stop and move (see {@link TestClock}). */
    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    @Primary
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
