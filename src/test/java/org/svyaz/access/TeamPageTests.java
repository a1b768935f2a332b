package org.svyaz.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.svyaz.PageClient;
import org.svyaz.PageClient.Page;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.TestDatabase;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** Teams are kept on Administration > Teams, and a contact's form limits it to a team. */
class TeamPageTests extends SvyazTests {

    @Test
    void anAdministratorMakesATeamAndASalesManagerLimitsAContactToIt() {
        User zdv = data.user("zdv", Role.STANDARD);
        User anna = data.user("anna", Role.STANDARD);
        User carl = data.user("carl", Role.STANDARD);
        PageClient admin = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        Page added = admin.submit("/admin/teams", Map.of("name", "Продажи", "members", anna.userName()));
        assertThat(added.html().select("#team-list td").eachText()).contains("Продажи", "anna");
        Element teamLink = added.html().selectFirst("#team-list a");
        String teamId = teamLink.attr("href").substring(teamLink.attr("href").lastIndexOf('/') + 1);
        assertThat(admin.submit("/admin/teams", Map.of("name", "продажи")).html().select(".invalid-feedback").eachText())
                .anyMatch(message -> message.toLowerCase().contains("продажи"));

        PageClient page = PageClient.loggedIn(port, zdv.userName(), TestData.PASSWORD);
        Element form = page.get("/contacts/new").html().selectFirst("form[data-unsaved-warning]");
        assertThat(form.select("select#access option").eachAttr("value")).containsExactly("PUBLIC", "PRIVATE", "LIMITED");
        assertThat(form.select("select#accessTeams option").eachText()).containsExactly("Продажи");
        Map<String, String> values = PageClient.formValues(form);
        values.put("company", "Kwik-e-mart");
        values.put("access", "LIMITED");
        values.put("accessTeams", teamId);
        Page saved = page.submit(form.attr("action"), values);
        assertThat(saved.html().select("#limited-badge")).isNotEmpty();
        String contactPath = saved.url().substring(saved.url().indexOf("/contacts/"));

        assertThat(PageClient.loggedIn(port, anna.userName(), TestData.PASSWORD).get(contactPath).status()).isEqualTo(200);
        assertThat(PageClient.loggedIn(port, carl.userName(), TestData.PASSWORD).get(contactPath).status()).isEqualTo(404);

        // limited to nobody is refused on the form, with the contact's other fields kept
        Element edit = page.get(contactPath + "/edit").html().selectFirst("form[data-unsaved-warning]");
        Map<String, String> none = PageClient.formValues(edit);
        none.remove("accessTeams");
        Page refused = page.submit(edit.attr("action"), none);
        assertThat(refused.html().select("#access.is-invalid")).isNotEmpty();
    }
}
