package org.svyaz.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.SvyazTests;

/**
 * The migrations that derive search columns for the rows a database already has: after them,
 * a contact whose derived columns were empty (as an older database holds it) is found again.
 */
class BackfillMigrationTests extends SvyazTests {

    @Autowired
    DataSource dataSource;

    @Test
    void derivesTheSearchKeysAndKeywordTextOfRowsMadeBeforeThem() throws Exception {
        admin().post("/api/v1/contacts", Map.of("company", "Ромашка", "lastName", "Петров", "phone", "+7 (495) 123-45-67",
                "address1", "Тверская, 7", "postalCode", "125009"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update contact set keywords_search = '', company_search = '', last_name_search = '', phone_search = ''");
        }
        assertThat(companiesFound("4951234567")).isEmpty();

        try (Connection connection = dataSource.getConnection()) {
            new SearchKeysBackfill().backfill(connection);
            new KeywordsBackfill().backfill(connection);
        }

        assertThat(companiesFound("4951234567")).containsExactly("Ромашка");
        assertThat(companiesFound("тверская")).containsExactly("Ромашка");
        JsonNode byPhone = admin().post("/api/v1/contacts/lookup", Map.of("criteria",
                List.of(Map.of("field", "phone", "op", "equals", "value", "123-45-67")))).json();
        assertThat(byPhone.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void givesOlderActivitiesTheServersZoneAndTheirInstants() throws Exception {
        String contact = admin().post("/api/v1/contacts", Map.of("company", "Ромашка", "lastName", "Петров")).id();
        String activity = admin().post("/api/v1/activities", Map.of("type", "CALL", "date", "2026-12-07", "time", "10:00",
                "durationMinutes", 30, "contactIds", List.of(contact), "regarding", "Call")).id();
        // as a database before V71 held it, on a server in Vladivostok: wall-clock starts and ends
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update activity set starts_at = timestamp '2026-12-07 10:00:00', "
                    + "ends_at = timestamp '2026-12-07 10:30:00', time_zone = 'UTC'");
        }

        try (Connection connection = dataSource.getConnection()) {
            new ActivityZonesBackfill(java.time.ZoneId.of("Asia/Vladivostok")).backfill(connection);
        }

        JsonNode migrated = admin().get("/api/v1/activities/" + activity).json();
        assertThat(migrated.get("timeZone").asText()).isEqualTo("Asia/Vladivostok");
        assertThat(migrated.get("time").asText()).isEqualTo("10:00");
        assertThat(migrated.get("startsAt").asText()).isEqualTo("2026-12-07T00:00:00Z");
        JsonNode sameDayInVladivostok = admin().patch("/api/v1/me", Map.of("timeZone", "Asia/Vladivostok")).json();
        assertThat(sameDayInVladivostok.get("timeZone").asText()).isEqualTo("Asia/Vladivostok");
        assertThat(admin().get("/api/v1/activities?from=2026-12-07&to=2026-12-07").json().get("total").asInt()).isEqualTo(1);
    }

    private List<String> companiesFound(String text) {
        JsonNode items = admin().get("/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).json().get("items");
        return StreamSupport.stream(items.spliterator(), false).map(hit -> hit.get("contact").get("company").asText()).toList();
    }
}
