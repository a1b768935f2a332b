package org.svyaz.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The embedded database holds every customer and every password hash: its directory and files
 * are readable by the server's own account only (rwx------ and rw-------), whatever the umask.
 * Done before the DataSource is first used, and again once started for the files H2 created
 * meanwhile. A file system without POSIX permissions (Windows) is left as it is.
 */
@Component
class OwnerOnlyDataDirectory implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(OwnerOnlyDataDirectory.class);
    private static final String H2_FILE = "jdbc:h2:file:";
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Environment environment;

    OwnerOnlyDataDirectory(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            protectDatabase();
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        protectDatabase();
    }

    private void protectDatabase() {
        directoryOf(environment.getProperty("spring.datasource.url", "")).ifPresent(OwnerOnlyDataDirectory::protect);
    }

    /** The directory of an H2 database kept in files; empty for any other database. */
    static Optional<Path> directoryOf(String url) {
        if (!url.startsWith(H2_FILE)) {
            return Optional.empty();
        }
        String file = url.substring(H2_FILE.length()).split(";", 2)[0];
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        return Optional.ofNullable(Path.of(file).toAbsolutePath().getParent());
    }

    /** Creates {@code directory} if need be and makes it and the files in it (not below) its owner's alone. */
    static void protect(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, DIRECTORY);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Files.setPosixFilePermissions(file, FILE);
                }
            }
        } catch (UnsupportedOperationException notPosix) {
            log.info("The file system of {} has no POSIX permissions; its access is left to the system's settings", directory);
        } catch (IOException failure) {
            log.warn("Could not make {} readable by its owner only: {}", directory, failure.toString());
        }
    }
}
