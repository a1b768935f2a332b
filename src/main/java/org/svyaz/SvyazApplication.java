package org.svyaz;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.svyaz.shell.CommandLine;

/**
 * Svyaz, a contact manager for sales teams. Started without arguments it serves the web UI and
 * the REST API; the first argument may name a command instead (see {@link CommandLine}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SvyazApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SvyazApplication.class);
        CommandLine.configure(application, args);
        ConfigurableApplicationContext context = application.run(args);
        if (CommandLine.isCommand(args)) {
            // a command is done when its runner returns; closing the context closes the database cleanly
            System.exit(SpringApplication.exit(context));
        }
    }
}
