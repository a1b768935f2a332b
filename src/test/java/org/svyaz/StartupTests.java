package org.svyaz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts Svyaz as {@code java -jar svyaz.jar --demo} does, on an empty embedded database. */
class StartupTests {

    private static final String ZDV_OWN_PASSWORD = "zdv-own-password";
    private static ConfigurableApplicationContext application;
    private static int port;

    @BeforeAll
    static void startWithTheDemoWorld() {
        application = SpringApplication.run(SvyazApplication.class, "--demo", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:startup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE",
                "--svyaz.admin-password=start-secret", "--spring.main.banner-mode=off");
        port = ((WebServerApplicationContext) application).getWebServer().getPort();
        // the demo users must choose their own password first (a test of its own below, with syncro)
        ApiClient.Response changed = ApiClient.basic(port, "zdv", "zdv-demo").post("/api/v1/me/password",
                Map.of("currentPassword", "zdv-demo", "newPassword", ZDV_OWN_PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void answersHealthWithoutCredentials() {
        ApiClient.Response health = ApiClient.anonymous(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void createsTheAdministratorWithTheConfiguredPassword() {
        JsonNode me = ApiClient.basic(port, "admin", "start-secret").get("/api/v1/me").json();
        assertThat(me.get("role").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(me.get("myRecordId").isNull()).isFalse();
    }

    @Test
    void loadsTheManualsDemoWorld() {
        ApiClient zdv = ApiClient.basic(port, "zdv", ZDV_OWN_PASSWORD);
        JsonNode contacts = zdv.get("/api/v1/contacts?limit=1000").json();
        var kwikEMart = StreamSupport.stream(contacts.get("items").spliterator(), false)
                .filter(contact -> contact.get("company").asText().equals("Kwik-e-mart"))
                .toList();
        assertThat(kwikEMart).hasSize(4);
        JsonNode barney = kwikEMart.stream().filter(contact -> contact.get("lastName").asText().equals("Giverts")).findFirst().orElseThrow();
        assertThat(barney.get("firstName").asText()).isEqualTo("Barney");
        assertThat(barney.get("recordManager").asText()).isEqualTo("zdv");
        assertThat(barney.get("customFields").get("contractCode").asText()).isNotBlank();
        assertThat(zdv.get("/api/v1/contacts/" + barney.get("id").asText() + "/notes").json().get("total").asInt()).isEqualTo(2);
        assertThat(contacts.get("total").asInt()).isGreaterThanOrEqualTo(4 + 7 + 3);

        JsonNode groups = zdv.get("/api/v1/contacts/" + barney.get("id").asText() + "/groups").json().get("items");
        assertThat(StreamSupport.stream(groups.spliterator(), false).map(group -> group.get("groupName").asText()))
                .containsExactly("Kwik-e-mart", "Руководство");

        JsonNode series = zdv.get("/api/v1/series").json().get("items").get(0);
        assertThat(series.get("name").asText()).isEqualTo("Разработка компании");
        assertThat(series.get("steps")).hasSize(4);
        JsonNode preview = zdv.post("/api/v1/series/" + series.get("id").asText() + "/schedule", Map.of("target",
                Map.of("contactIds", List.of(barney.get("id").asText())), "startDate", "2003-09-05", "confirm", false)).json();
        assertThat(preview.get("activities").asInt()).isEqualTo(4);

        JsonNode ofBarney = zdv.get("/api/v1/contacts/" + barney.get("id").asText() + "/activities?limit=100").json().get("items");
        var fromTheSeries = StreamSupport.stream(ofBarney.spliterator(), false)
                .filter(activity -> activity.get("date").asText().startsWith("2003-")).toList();
        assertThat(fromTheSeries).as("the manual's series, scheduled for Barney from 05.09.2003").hasSize(4)
                .allSatisfy(activity -> assertThat(activity.get("time").isNull()).isTrue());
        assertThat(fromTheSeries.stream().filter(activity -> activity.get("type").asText().equals("CALL"))
                .map(activity -> activity.get("date").asText())).containsExactly("2003-09-08");
    }

    @Test
    void theDemoUsersMustChooseTheirOwnPasswordBeforeAnythingElse() {
        ApiClient syncro = ApiClient.basic(port, "syncro", "syncro-demo");
        ApiClient.Response refused = syncro.get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).contains("Choose a new password first");
        assertThat(syncro.get("/api/v1/contacts").status()).isEqualTo(403);
        assertThat(syncro.post("/api/v1/contacts", Map.of("company", "Acme")).status()).isEqualTo(403);

        ApiClient.Response changed = syncro.post("/api/v1/me/password", Map.of("currentPassword", "syncro-demo",
                "newPassword", "syncro-own-password"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(ApiClient.basic(port, "syncro", "syncro-own-password").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(syncro.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void loadsZdvsActivitiesAroundToday() {
        ApiClient zdv = ApiClient.basic(port, "zdv", ZDV_OWN_PASSWORD);
        JsonNode today = zdv.get("/api/v1/activities?range=TODAY").json();
        assertThat(today.get("items").findValuesAsText("regarding")).contains("Отправить прайс-лист и условия доставки");
        assertThat(zdv.get("/api/v1/activities?range=PAST_DUE").json().get("total").asInt()).as("a to-do and the series' four")
                .isEqualTo(1 + 4);
        assertThat(zdv.get("/api/v1/activities?includeCleared=true").json().get("total").asInt()).isEqualTo(3 + 8 + 1 + 4);
    }
}
