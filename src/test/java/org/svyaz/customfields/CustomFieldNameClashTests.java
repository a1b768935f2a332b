package org.svyaz.customfields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;
import org.svyaz.journal.Journal;
import org.svyaz.journal.JournalEntry;
import org.svyaz.journal.NameClash;
import org.svyaz.lookups.ContactListColumns;
import org.svyaz.shell.InvalidInput;

/**
 * Two databases that created a custom field of one name: the custom fields module carries out
 * what {@link NameClash} decided. The journal names values by the field's id, so a rename keeps
 * their history, and the audit log shows the field as it is called now.
 */
class CustomFieldNameClashTests extends SvyazTests {

    @Autowired
    CustomFieldManagement fields;

    @Autowired
    Journal journal;

    @Autowired
    ContactListColumns listColumns;

    @Test
    void mergesEqualFieldsIntoTheSmallerIdAndMovesTheOthersValuesThroughTheJournal() {
        CustomField local = define("region", CustomFieldType.PICKLIST, List.of("North", "South"));
        CustomField arriving = define("region2", CustomFieldType.PICKLIST, List.of("South", "North"));
        String onlyLocal = contact("Vector", Map.of("region", "North"));
        String onlyArriving = contact("Ромашка", Map.of("region2", "South"));
        String both = contact("Kwik-e-mart", Map.of("region", "North", "region2", "South"));

        NameClash.Outcome outcome = CustomFieldManagement.NAME_CLASH.decide("region", local.id(), CustomFieldManagement.clashDefinition(local),
                arriving.id(), CustomFieldManagement.clashDefinition(arriving), names());
        assertThat(outcome).isEqualTo(new NameClash.Merge(local.id(), arriving.id()));
        int moved = fields.merge(arriving.id(), local.id());

        assertThat(moved).isEqualTo(1);
        assertThat(names()).containsExactly("region");
        assertThat(customFields(onlyLocal)).isEqualTo(Map.of("region", "North"));
        assertThat(customFields(onlyArriving)).isEqualTo(Map.of("region", "South"));
        assertThat(customFields(both)).as("the survivor's value stays").isEqualTo(Map.of("region", "North"));
        assertThat(journal.entriesAbout(UUID.fromString(onlyArriving), null, 2)).extracting(JournalEntry::field, JournalEntry::value)
                .containsExactlyInAnyOrder(tuple(local.journalName(), "\"South\""),
                        tuple(arriving.journalName(), null));
        assertThat(lookedUp("customFields.region", "South")).containsExactly("Ромашка");
    }

    @Test
    void renamesAFieldWhoseValuesAndTheirHistoryStay() {
        CustomField code = as(data.admin(), () -> fields.define(new NewCustomField("contact", "contractCode", "Contract code",
                CustomFieldType.TEXT, List.of())));
        String contact = contact("Vector", Map.of("contractCode", "K-17"));

        CustomField renamed = fields.rename(code.id(), "contractCode2");

        assertThat(renamed.name()).isEqualTo("contractCode2");
        assertThat(customFields(contact)).isEqualTo(Map.of("contractCode2", "K-17"));
        assertThat(lookedUp("customFields.contractCode2", "K-17")).containsExactly("Vector");
        JsonNode audit = admin().get("/api/v1/admin/audit?recordId=" + contact).json();
        assertThat(audit.findValuesAsText("field")).as("the value's entry, named as the field is called now").contains("customFields.contractCode2");
        assertThat(journal.entriesAbout(UUID.fromString(contact), null, 5)).extracting(JournalEntry::field).contains(code.journalName());
        String page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD).get("/contacts/" + contact + "/audit").text("#audit-entries");
        assertThat(page).as("the page shows the field's label").contains("Contract code").doesNotContain(code.id().toString());
    }

    @Test
    void keepsAUsersListColumnOfARenamedField() {
        CustomField code = define("contractCode", CustomFieldType.TEXT, List.of());
        as(data.admin(), () -> {
            listColumns.choose(List.of("company", "customFields.contractCode"));
            return null;
        });

        fields.rename(code.id(), "contractCode2");

        assertThat(as(data.admin(), () -> listColumns.chosen())).containsExactly("company", "customFields.contractCode2");
    }

    @Test
    void refusesARenameToANameTakenOrMalformedAndAMergeOfTwoTypes() {
        CustomField code = define("contractCode", CustomFieldType.TEXT, List.of());
        CustomField amount = define("amount", CustomFieldType.NUMBER, List.of());
        assertThat(catchThrowable(() -> fields.rename(code.id(), "amount"))).isInstanceOf(InvalidInput.class);
        assertThat(catchThrowable(() -> fields.rename(code.id(), "contract code (2)"))).isInstanceOf(InvalidInput.class);
        assertThat(catchThrowable(() -> fields.merge(code.id(), amount.id()))).isInstanceOf(IllegalArgumentException.class);
        assertThat(names()).containsExactlyInAnyOrder("contractCode", "amount");
    }

    @Test
    void decidesARenameForFieldsOfOneNameAndAnotherType() {
        CustomField local = define("region", CustomFieldType.TEXT, List.of());
        CustomField arriving = define("region2", CustomFieldType.NUMBER, List.of());
        NameClash.Outcome outcome = CustomFieldManagement.NAME_CLASH.decide("region", local.id(), CustomFieldManagement.clashDefinition(local),
                arriving.id(), CustomFieldManagement.clashDefinition(arriving), name -> fields.nameTaken("contact", name));
        assertThat(outcome).isEqualTo(new NameClash.Rename(arriving.id(), "region", "region3", local.id()));
    }

    private CustomField define(String name, CustomFieldType type, List<String> options) {
        return as(data.admin(), () -> fields.define(new NewCustomField("contact", name, name, type, options)));
    }

    private String contact(String company, Map<String, Object> customFields) {
        return admin().post("/api/v1/contacts", Map.of("company", company, "customFields", customFields)).id();
    }

    private Map<String, Object> customFields(String contactId) {
        JsonNode custom = admin().get("/api/v1/contacts/" + contactId).json().get("customFields");
        Map<String, Object> values = new java.util.HashMap<>();
        custom.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().asText());
            }
        });
        return values;
    }

    private Set<String> names() {
        return fields.fieldsOf("contact").stream().map(CustomField::name).collect(Collectors.toSet());
    }

    private List<String> lookedUp(String field, String value) {
        return admin().post("/api/v1/contacts/lookup", Map.of("criteria", List.of(Map.of("field", field, "op", "equals", "value", value))))
                .json().findValuesAsText("company");
    }
}
