package org.svyaz.demo.internal;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.svyaz.shell.CommandLine;

/**
 * {@code java -jar svyaz.jar generate --contacts=N [--notes-per-contact=K] [--seed=S]}: fills
 * the database (the embedded one, or PostgreSQL given SPRING_DATASOURCE_URL) with N realistic
 * contacts managed by admin, each with up to K notes and, for two in three, a contract code.
 * Every write goes through the journal, as a user's would.
 */
@Component
@ConditionalOnProperty(name = CommandLine.COMMAND_PROPERTY, havingValue = CommandLine.GENERATE)
class ContactGenerator implements ApplicationRunner {

    private final ContactLoader loader;

    ContactGenerator(ContactLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int count = intOption(arguments, "contacts", 1000);
        double seconds = loader.load(0, count, intOption(arguments, "notes-per-contact", 1), intOption(arguments, "seed", 42));
        System.out.printf("Svyaz: generated %d contacts in %.1f s (%.0f contacts/s)%n", count, seconds, count / seconds);
    }

    private static int intOption(ApplicationArguments arguments, String name, int defaultValue) {
        List<String> values = arguments.getOptionValues(name);
        if (values == null || values.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(values.get(0).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, not " + values.get(0), e);
        }
    }
}
