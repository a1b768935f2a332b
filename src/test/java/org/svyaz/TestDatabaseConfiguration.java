package org.svyaz;

import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.svyaz.journal.internal.JournalEscapeListener;

/** Every test context starts from an empty schema, migrated as a real start-up would. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    /** The application's clock, which a test may stop and move (see {@link TestClock}). */
    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    /** Fails every test in which a journaled table is written outside the journal (design/journal.md). */
    @Bean
    ExecuteListenerProvider journalEscapes() {
        return new DefaultExecuteListenerProvider(new JournalEscapeListener());
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
