package org.svyaz.lookups;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.svyaz.TestData;
import org.svyaz.TestDatabase;
import org.svyaz.TestDatabaseConfiguration;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.CustomFieldType;
import org.svyaz.customfields.NewCustomField;
import org.svyaz.shell.SearchKeys;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * Random lookups against the same lookup done by hand in Java over every contact: whatever the
 * field, operator and value, the database must return exactly the contacts the plain Java
 * reading of the lookup's meaning returns.
 */
@JqwikSpringSupport
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({TestDatabaseConfiguration.class, TestData.class})
@Tag("database")
class LookupPropertyTests {

    private static final List<String> COMPANIES = List.of("Acme", "acme", "Ёлка", "Елка", "Вектор", "вектор плюс", "Zeta", "");
    private static final List<String> CITIES = List.of("Москва", "москва", "Тверь", "London", "");
    private static final List<String> PHONES = List.of("+7 (495) 123-45-67", "8 495 1234567", "+1 555 0100", "");
    private static final List<String> CODES = List.of("Д-1", "д-2", "KEM-1");
    private static final List<String> TEXT_VALUES = List.of("acme", "ACME", "ёлка", "елка", "вектор", "век", "zeta", "москва",
            "тверь", "lon", "a", "д-", "kem", "d");
    private static final List<String> PHONE_VALUES = List.of("4951234567", "123-45-67", "8495", "+7", "0100", "555", "67");
    private static final List<String> NUMBER_VALUES = List.of("5", "12.5", "12,5", "100", "0");

    @Autowired
    TestData data;

    @Autowired
    UserManagement users;

    @Autowired
    ContactManagement contacts;

    @Autowired
    CustomFieldManagement customFields;

    @Autowired
    ContactList list;

    private User admin;

    /** Once per property (jqwik makes one instance for all its tries; Spring fills it in then). */
    private void aSmallWorldOfContacts() {
        if (admin != null) {
            return;
        }
        data.reset();
        admin = data.admin();
        users.actingAs(admin.id(), () -> {
            customFields.define(new NewCustomField("contact", "code", "Code", CustomFieldType.TEXT, List.of()));
            customFields.define(new NewCustomField("contact", "discount", "Discount", CustomFieldType.NUMBER, List.of()));
            java.util.Random random = new java.util.Random(11);
            for (int i = 0; i < 40; i++) {
                Map<String, Object> custom = new HashMap<>();
                if (random.nextInt(4) > 0) {
                    custom.put("code", CODES.get(random.nextInt(CODES.size())));
                }
                if (random.nextInt(3) > 0) {
                    custom.put("discount", List.of(5, 12.5, 100).get(random.nextInt(3)));
                }
                contacts.create(new ContactFields(COMPANIES.get(random.nextInt(COMPANIES.size())), "Имя", "Фамилия" + i, null, null,
                        null, PHONES.get(random.nextInt(PHONES.size())), null, null, null, null, null, List.of(), null, null, null,
                        CITIES.get(random.nextInt(CITIES.size())), null, null, null, List.of("prospect", "customer", "other").get(i % 3),
                        null, null, false, custom));
            }
            return null;
        });
    }

    @Property(tries = 150)
    void aLookupReturnsExactlyTheContactsItsMeaningSelects(@ForAll("criteria") Criterion criterion) {
        aSmallWorldOfContacts();
        Set<UUID> found = users.actingAs(admin.id(), () -> list.page(new ContactFilter.Criteria(List.of(criterion), Match.ALL),
                ContactSort.DEFAULT, null, null, 1000).items().stream().map(Contact::id).collect(Collectors.toSet()));
        Set<UUID> expected = users.actingAs(admin.id(), () -> list.page(ContactFilter.EVERYONE, ContactSort.DEFAULT, null, null, 1000))
                .items().stream().filter(contact -> meets(contact, criterion)).map(Contact::id).collect(Collectors.toSet());
        assertThat(found).as("%s %s %s", criterion.field(), criterion.operator().apiName(), criterion.value()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Criterion> criteria() {
        Arbitrary<Criterion> text = Combinators.combine(Arbitraries.of("company", "city", "customFields.code"),
                Arbitraries.of(Operator.values()), Arbitraries.of(TEXT_VALUES)).as(LookupPropertyTests::criterion);
        Arbitrary<Criterion> phones = Combinators.combine(Arbitraries.just("phone"),
                Arbitraries.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.CONTAINS, Operator.STARTS_WITH, Operator.EMPTY, Operator.NOT_EMPTY),
                Arbitraries.of(PHONE_VALUES)).as(LookupPropertyTests::criterion);
        Arbitrary<Criterion> numbers = Combinators.combine(Arbitraries.just("customFields.discount"),
                Arbitraries.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.LESS_THAN, Operator.GREATER_THAN, Operator.EMPTY, Operator.NOT_EMPTY),
                Arbitraries.of(NUMBER_VALUES)).as(LookupPropertyTests::criterion);
        Arbitrary<Criterion> statuses = Combinators.combine(Arbitraries.just("status"), Arbitraries.of(Operator.EQUALS, Operator.NOT_EQUALS),
                Arbitraries.of("prospect", "customer", "other", "PROSPECT")).as(LookupPropertyTests::criterion);
        return Arbitraries.oneOf(text, phones, numbers, statuses);
    }

    private static Criterion criterion(String field, Operator operator, String value) {
        return new Criterion(field, operator, operator.takesValue() ? value : null);
    }

    /** The meaning of a criterion, read plainly in Java. */
    private static boolean meets(Contact contact, Criterion criterion) {
        return switch (criterion.field()) {
            case "company" -> text(contact.company(), criterion);
            case "city" -> text(contact.city(), criterion);
            case "customFields.code" -> optionalText((String) contact.customFields().get("code"), criterion);
            case "phone" -> phone(contact.phone(), criterion);
            case "customFields.discount" -> number((BigDecimal) contact.customFields().get("discount"), criterion);
            case "status" -> criterion.operator() == Operator.EQUALS == criterion.value().equalsIgnoreCase(contact.status());
            default -> throw new IllegalArgumentException(criterion.field());
        };
    }

    private static boolean text(String stored, Criterion criterion) {
        String key = SearchKeys.text(stored);
        String value = SearchKeys.text(criterion.value());
        return switch (criterion.operator()) {
            case EQUALS -> key.equals(value);
            case NOT_EQUALS -> !key.equals(value);
            case CONTAINS -> key.contains(value);
            case STARTS_WITH -> key.startsWith(value);
            case EMPTY -> stored.isEmpty();
            case NOT_EMPTY -> !stored.isEmpty();
            case LESS_THAN -> key.compareTo(value) < 0;
            case GREATER_THAN -> key.compareTo(value) > 0;
        };
    }

    /** A custom text field without a value meets only "empty" and "not equals". */
    private static boolean optionalText(String stored, Criterion criterion) {
        if (stored == null) {
            return criterion.operator() == Operator.EMPTY || criterion.operator() == Operator.NOT_EQUALS;
        }
        return criterion.operator() == Operator.EMPTY ? false : text(stored, criterion);
    }

    private static boolean phone(String stored, Criterion criterion) {
        String digits = new StringBuilder(SearchKeys.phone(stored)).reverse().toString();
        String wanted = new StringBuilder(SearchKeys.phone(criterion.value())).reverse().toString();
        return switch (criterion.operator()) {
            case EQUALS -> digits.endsWith(wanted);
            case NOT_EQUALS -> !digits.endsWith(wanted);
            case CONTAINS -> digits.contains(wanted);
            case STARTS_WITH -> digits.startsWith(wanted);
            case EMPTY -> digits.isEmpty();
            case NOT_EMPTY -> !digits.isEmpty();
            default -> throw new IllegalArgumentException(criterion.operator().name());
        };
    }

    private static boolean number(BigDecimal stored, Criterion criterion) {
        if (criterion.operator() == Operator.EMPTY || criterion.operator() == Operator.NOT_EMPTY) {
            return (stored == null) == (criterion.operator() == Operator.EMPTY);
        }
        if (stored == null) {
            return criterion.operator() == Operator.NOT_EQUALS;
        }
        int comparison = stored.compareTo(new BigDecimal(criterion.value().replace(',', '.')));
        return switch (criterion.operator()) {
            case EQUALS -> comparison == 0;
            case NOT_EQUALS -> comparison != 0;
            case LESS_THAN -> comparison < 0;
            case GREATER_THAN -> comparison > 0;
            default -> throw new IllegalArgumentException(criterion.operator().name());
        };
    }
}
