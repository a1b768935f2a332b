package org.svyaz.journal.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.UUID;

/**
 * A file beside an H2 database file holding the token the database holds too. The token changes
 * at each start and stop, the file first (as "pending") and then the database, so a crash between
 * the two leaves a pair that still matches. Database files restored from a backup over the same
 * path hold an older token than the file, and are told apart. (A backup taken while the server
 * ran, restored after that same run crashed, still holds the current token: a restore made by
 * Svyaz itself says so through DatabaseIdentities.mintNew instead.)
 */
final class H2MarkerFile {

    private static final String CURRENT = "current";
    private static final String PENDING = "pending";

    private final Path file;

    H2MarkerFile(Path file) {
        this.file = file;
    }

    /** Whether the database's token is the file's, or the one a change of token was writing when it stopped. */
    boolean matches(String databaseToken) {
        Properties tokens = read();
        return databaseToken != null
                && (databaseToken.equals(tokens.getProperty(CURRENT)) || databaseToken.equals(tokens.getProperty(PENDING)));
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** Writes the token the database is about to take, beside the one it has. */
    void prepare(String currentToken, String nextToken, UUID databaseId) {
        Properties tokens = new Properties();
        if (currentToken != null) {
            tokens.setProperty(CURRENT, currentToken);
        }
        tokens.setProperty(PENDING, nextToken);
        write(tokens, databaseId);
    }

    /** The database has taken the token. */
    void settle(String token, UUID databaseId) {
        Properties tokens = new Properties();
        tokens.setProperty(CURRENT, token);
        write(tokens, databaseId);
    }

    private Properties read() {
        Properties tokens = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                tokens.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return tokens;
    }

    private void write(Properties tokens, UUID databaseId) {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
            tokens.store(out, "Svyaz database " + databaseId + ": tells this database file from copies and restores; keep it beside the file");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + next, e);
        }
        ownerOnly(next);
        try {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Like the database files beside it (OwnerOnlyDataDirectory), where the file system has POSIX permissions. */
    private static void ownerOnly(Path written) {
        try {
            Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // left to the directory's protection
        }
    }
}
