package org.svyaz.users.internal;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.svyaz.shell.InvalidInput;
import org.svyaz.users.NewUser;
import org.svyaz.users.Role;
import org.svyaz.users.UserManagement;

/**
 * On an empty database, creates the administrator {@code admin} with the password from
 * {@code SVYAZ_ADMIN_PASSWORD}, or a generated one printed once. Runs before the web server
 * opens, so the first request already finds the administrator.
 */
@Component
class AdministratorBootstrap implements SmartLifecycle {

    /** Before the demo world and the web server. */
    static final int PHASE = -100;
    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserManagement users;
    private final String configuredPassword;
    private volatile boolean running;

    AdministratorBootstrap(UserManagement users, @Value("${svyaz.admin-password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void start() {
        running = true;
        if (users.anyUserExists()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        if (!generated && configuredPassword.length() < UserManagement.MIN_PASSWORD_LENGTH) {
            // said in the operator's terms: the rule's message key means nothing on a console
            throw new IllegalStateException("SVYAZ_ADMIN_PASSWORD is too short for the administrator's password: at least "
                    + UserManagement.MIN_PASSWORD_LENGTH + " characters");
        }
        String password = generated ? generatePassword() : configuredPassword;
        try {
            users.create(new NewUser("admin", password, "Administrator", Role.ADMINISTRATOR, null));
        } catch (InvalidInput refused) {
            throw new IllegalStateException("SVYAZ_ADMIN_PASSWORD will not do for the administrator's password: it may have at most "
                    + PasswordRules.MAX_BYTES + " bytes in UTF-8, and may be neither 'admin' nor one of the 10,000 most common passwords",
                    refused);
        }
        if (generated) {
            // printed once, on purpose to the console: it is the only way to learn it
            System.out.println("Svyaz: created the administrator 'admin' with the password " + password);
        } else {
            log.info("Created the administrator 'admin' with the password from SVYAZ_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
