package org.svyaz;

import static org.junit.jupiter.api.Assumptions.abort;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * The base of every test that needs the running application: one server on a random port and
 * one database, H2 or PostgreSQL as the build says (tests tagged "database" run on both),
 * emptied before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({TestDatabaseConfiguration.class, TestData.class})
@Tag("database")
public abstract class SvyazTests {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestData data;

    @Autowired
    protected UserManagement users;

    @BeforeAll
    static void requirePostgresWhenAskedFor() {
        if (TestDatabase.onPostgres() && !TestDatabase.postgresReachable()) {
            // on a developer's machine without PostgreSQL the run says so and skips; in CI it fails
            if (!"true".equals(System.getenv("CI"))) {
                abort("PostgreSQL is not running at " + TestDatabase.postgresUrl() + "; the PostgreSQL run is skipped");
            }
            throw new IllegalStateException("CI=true but PostgreSQL is not reachable at " + TestDatabase.postgresUrl());
        }
    }

    @BeforeEach
    void startFromAFreshDatabase() {
        data.reset();
    }

    protected ApiClient admin() {
        return ApiClient.basic(port, "admin", TestDatabase.ADMIN_PASSWORD);
    }

    protected ApiClient api(User user) {
        return ApiClient.basic(port, user.userName(), TestData.PASSWORD);
    }

    /** Runs service calls as the user, as a request of theirs would. */
    protected <T> T as(User user, Supplier<T> task) {
        return users.actingAs(user.id(), task);
    }
}
