package org.svyaz.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.svyaz.TestDatabase;

/**
 * Real copies of a database, made the way an administrator makes them (a data directory copied,
 * files restored from a backup, CREATE DATABASE ... TEMPLATE), opened as a start would open them.
 */
@Tag("database")
class DatabaseCopyTests {

    @TempDir
    Path temp;

    @Test
    void anH2DataDirectoryCopiedElsewhereTakesANewIdAndTheOriginalKeepsItsOwn() throws IOException {
        assumeFalse(TestDatabase.onPostgres());
        Path original = temp.resolve("original");
        UUID originalId = start(h2(original));
        copyDirectory(original, temp.resolve("copy"));

        UUID copyId = start(h2(temp.resolve("copy")));

        assertThat(copyId).isNotEqualTo(originalId);
        assertThat(previousIds(h2(temp.resolve("copy")))).containsExactly(originalId);
        assertThat(start(h2(original))).isEqualTo(originalId);
        assertThat(start(h2(temp.resolve("copy")))).as("the copy is now a database of its own").isEqualTo(copyId);
    }

    @Test
    void anH2DatabaseFileRestoredOverItselfTakesANewId() throws IOException {
        assumeFalse(TestDatabase.onPostgres());
        Path directory = temp.resolve("data");
        UUID id = start(h2(directory));
        Path backup = Files.copy(directory.resolve("svyaz.mv.db"), temp.resolve("backup.mv.db"));
        assertThat(start(h2(directory))).as("started and stopped again after the backup").isEqualTo(id);

        Files.copy(backup, directory.resolve("svyaz.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        UUID restored = start(h2(directory));

        assertThat(restored).isNotEqualTo(id);
        assertThat(previousIds(h2(directory))).containsExactly(id);
    }

    @Test
    void aPostgresqlDatabaseMadeFromAnotherAsTemplateTakesANewIdAndTheOriginalKeepsItsOwn() throws SQLException {
        assumeTrue(TestDatabase.onPostgres());
        String base = TestDatabase.postgresUrl().substring(TestDatabase.postgresUrl().lastIndexOf('/') + 1).split("\\?")[0];
        String source = base + "_identity_source";
        String copy = base + "_identity_copy";
        String sourceUrl = TestDatabase.freshPostgresDatabase(source);
        try {
            UUID originalId = start(postgres(sourceUrl));
            String copyUrl = TestDatabase.freshPostgresDatabase(copy);
            serverStatement("drop database \"" + copy + "\"");
            serverStatement("create database \"" + copy + "\" template \"" + source + "\"");

            UUID copyId = start(postgres(copyUrl));

            assertThat(copyId).isNotEqualTo(originalId);
            assertThat(previousIds(postgres(copyUrl))).containsExactly(originalId);
            assertThat(start(postgres(sourceUrl))).isEqualTo(originalId);
        } finally {
            serverStatement("drop database if exists \"" + copy + "\" with (force)");
            serverStatement("drop database if exists \"" + source + "\" with (force)");
        }
    }

    /** Starts on the database as the application would (migrations, then the id), then stops. */
    private static UUID start(DSLContext dsl) {
        try {
            DatabaseIdentity identity = new DatabaseIdentity(dsl);
            UUID id = identity.databaseId();
            identity.destroy();
            return id;
        } finally {
            close(dsl);
        }
    }

    private static List<UUID> previousIds(DSLContext dsl) {
        try {
            return dsl.fetch("select previous_id from database_identity_history order by minted_at").getValues(0, UUID.class);
        } finally {
            close(dsl);
        }
    }

    /** Closes the one connection: an H2 database closes with it, its files written, as at a stop. */
    private static void close(DSLContext dsl) {
        ((SingleConnectionDataSource) ((DataSourceConnectionProvider) dsl.configuration().connectionProvider()).dataSource()).destroy();
    }

    private static DSLContext h2(Path directory) {
        String url = "jdbc:h2:file:" + directory.resolve("svyaz").toAbsolutePath() + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return migrated(url, "", "", "h2", SQLDialect.H2);
    }

    private static DSLContext postgres(String url) {
        return migrated(url, TestDatabase.postgresUser(), TestDatabase.postgresPassword(), "postgresql", SQLDialect.POSTGRES);
    }

    private static DSLContext migrated(String url, String user, String password, String vendor, SQLDialect dialect) {
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
        // one connection for a start, closed at its end: nothing holds the database open between starts,
        // and H2 is not opened and closed again at every statement of one
        return DSL.using(new SingleConnectionDataSource(url, user, password, true), dialect);
    }

    private static void serverStatement(String sql) throws SQLException {
        String url = TestDatabase.postgresUrl();
        try (Connection connection = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                TestDatabase.postgresUser(), TestDatabase.postgresPassword());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void copyDirectory(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }
}
