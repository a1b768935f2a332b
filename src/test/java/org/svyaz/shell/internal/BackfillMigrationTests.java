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

    private List<String> companiesFound(String text) {
        JsonNode items = admin().get("/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).json().get("items");
        return StreamSupport.stream(items.spliterator(), false).map(hit -> hit.get("contact").get("company").asText()).toList();
    }
}
