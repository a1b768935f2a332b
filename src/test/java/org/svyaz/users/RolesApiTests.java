package org.svyaz.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient.Response;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;

/** The role matrix as users read it: {@code GET /api/v1/roles} and the Roles page, in both languages. */
class RolesApiTests extends SvyazTests {

    /** The matrix as a sales manager coming from ACT! expects it, written out once more by hand. */
    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        List<String> manager = List.of("CREATE_RECORDS", "EDIT_OTHERS_CONTACTS", "EDIT_OTHERS_RECORDS", "DELETE_OWN_RECORDS",
                "DELETE_OTHERS_RECORDS", "CHANGE_OTHERS_ACCESS", "EXPORT", "IMPORT", "MAIL_MERGE", "SCHEDULE_FOR_OTHERS", "MANAGE_FIELDS");
        EXPECTED.put("ADMINISTRATOR", List.of("CREATE_RECORDS", "EDIT_OTHERS_CONTACTS", "EDIT_OTHERS_RECORDS", "EDIT_OTHERS_MY_RECORDS",
                "DELETE_OWN_RECORDS", "DELETE_OTHERS_RECORDS", "CHANGE_OTHERS_ACCESS", "EXPORT", "IMPORT", "MAIL_MERGE",
                "SCHEDULE_FOR_OTHERS", "MANAGE_FIELDS", "MANAGE_USERS", "MANAGE_TEAMS", "VIEW_AUDIT", "RUN_SYNC"));
        EXPECTED.put("MANAGER", manager);
        EXPECTED.put("STANDARD", List.of("CREATE_RECORDS", "EDIT_OTHERS_CONTACTS", "DELETE_OWN_RECORDS", "EXPORT", "MAIL_MERGE",
                "SCHEDULE_FOR_OTHERS"));
        EXPECTED.put("RESTRICTED", List.of("CREATE_RECORDS", "EDIT_OTHERS_CONTACTS"));
        EXPECTED.put("BROWSE", List.of());
    }

    @Test
    void everyUserReadsEachRoleWithItsPermissions() {
        User reader = data.user("reader", Role.BROWSE);
        Response roles = api(reader).get("/api/v1/roles");
        assertThat(roles.status()).as(roles.toString()).isEqualTo(200);
        JsonNode body = roles.json();
        assertThat(body.get("total").asInt()).isEqualTo(5);
        assertThat(body.get("next").isNull()).isTrue();
        Map<String, List<String>> read = new LinkedHashMap<>();
        for (JsonNode item : body.get("items")) {
            List<String> permissions = new ArrayList<>();
            item.get("permissions").forEach(permission -> permissions.add(permission.asText()));
            read.put(item.get("role").asText(), permissions);
        }
        assertThat(read).containsExactlyEntriesOf(EXPECTED);
    }

    @Test
    void nobodyReadsTheRolesWithoutLoggingIn() {
        assertThat(org.svyaz.ApiClient.anonymous(port).get("/api/v1/roles").status()).isEqualTo(401);
    }

    @Test
    void theRolesPageShowsTheMatrixInTheUsersLanguage() {
        User english = data.user("english", Role.STANDARD);
        Document page = PageClient.loggedIn(port, english.userName(), TestData.PASSWORD).get("/account").html();
        assertThat(page.select("a#account-roles[href='/roles']")).hasSize(1);
        Document matrix = PageClient.loggedIn(port, english.userName(), TestData.PASSWORD).get("/roles").html();
        assertThat(matrix.select("#role-matrix thead th").eachText()).contains("Administrator", "Manager", "Standard", "Restricted",
                "Browse only");
        assertThat(matrix.selectFirst("#permission-DELETE_OTHERS_RECORDS th").text()).isEqualTo("Delete other users' records");
        assertThat(allowed(matrix, "DELETE_OTHERS_RECORDS")).containsExactly("ADMINISTRATOR", "MANAGER");
        assertThat(allowed(matrix, "CREATE_RECORDS")).containsExactly("ADMINISTRATOR", "MANAGER", "STANDARD", "RESTRICTED");
        assertThat(allowed(matrix, "MANAGE_USERS")).containsExactly("ADMINISTRATOR");

        User russian = data.user("russian", Role.BROWSE, Language.RU);
        Document ru = PageClient.loggedIn(port, russian.userName(), TestData.PASSWORD).get("/roles").html();
        assertThat(ru.selectFirst("h1").text()).isEqualTo("Роли и права");
        assertThat(ru.select("#role-matrix thead th").eachText()).contains("Администратор", "Только просмотр");
        assertThat(ru.selectFirst("#permission-DELETE_OTHERS_RECORDS th").text()).isEqualTo("Удалять записи других пользователей");
    }

    private static List<String> allowed(Document matrix, String permission) {
        return matrix.select("#permission-" + permission + " td:has(i.bi-check-lg)").eachAttr("data-role");
    }
}
