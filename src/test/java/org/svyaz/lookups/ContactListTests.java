package org.svyaz.lookups;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.users.Language;
import org.svyaz.users.NewUser;
import org.svyaz.users.Role;
import org.svyaz.users.User;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.CustomFieldType;
import org.svyaz.customfields.NewCustomField;

/** The Contact List's order and keyset paging, on both databases. */
class ContactListTests extends SvyazTests {

    private static final List<String> COMPANIES = List.of("Ёлка", "елка", "Акация", "apple", "Apple", "Banana", "Жук", "zebra",
            "Яблоко", "Kwik-e-mart", "", "Ромашка", "ромашка", "Acme");
    private static final List<String> CITIES = List.of("Тверь", "Москва", "London", "Abakan", "тверь", "", "Zelenograd");
    private static final Collator READER_ORDER = Collator.getInstance(Locale.forLanguageTag("ru"));

    @Autowired
    ContactManagement contacts;

    @Autowired
    ContactList list;

    @Autowired
    ContactTags tags;

    @Autowired
    CustomFieldManagement customFields;

    @Test
    void describesTheLookupInWordsUsersKnowAndSaysWhenItFindsNothing() {
        User zaytsev = users.actingAs(data.admin().id(),
                () -> users.create(new NewUser("zaytsev", TestData.PASSWORD, "Дмитрий Зайцев", Role.MANAGER, Language.RU)));
        PageClient browser = PageClient.loggedIn(port, zaytsev.userName(), TestData.PASSWORD);

        PageClient.Page prospects = browser.get("/contacts/lookups/my-prospects");
        assertThat(prospects.text("#lookup-description")).isEqualTo("Ответственный равно «Дмитрий Зайцев» и Статус равно «Перспективный»");
        assertThat(prospects.text("#lookup-found-nothing")).contains("Ни один контакт не подходит под выборку", "Дмитрий Зайцев");
        assertThat(prospects.html().selectFirst("#back-to-all-contacts").attr("href")).isEqualTo("/contacts/lookups/all");
        assertThat(prospects.html().text()).doesNotContain("Контактов пока нет");

        PageClient.Page byLabel = browser.submit("/contacts/lookup", Map.of("field", "status", "op", "equals", "value", "prospect",
                "match", "all", "mode", "replace"));
        assertThat(byLabel.text("#lookup-description")).isEqualTo("Статус равно «Перспективный»");

        PageClient.Page all = browser.get("/contacts/lookups/all");
        assertThat(all.html().selectFirst("#lookup-found-nothing")).isNull();
    }

    @Test
    void omitTaggedAndLookupTaggedFixTheListAsItIsThen() {
        User admin = data.admin();
        List<UUID> ids = as(admin, () -> List.of("Акация", "Вектор", "Ромашка").stream()
                .map(company -> contacts.create(ContactFields.named(company, null, null)).id()).toList());
        as(admin, () -> {
            tags.tag(ids.get(0));
            return null;
        });
        ContactFilter untagged = as(admin, () -> tags.omitTagged(ContactFilter.EVERYONE));
        as(admin, () -> tags.tagAll(ContactFilter.EVERYONE));
        assertThat(companies(admin, untagged)).containsExactly("", "Вектор", "Ромашка");

        ContactFilter tagged = as(admin, () -> tags.lookupTagged(ContactFilter.EVERYONE));
        as(admin, () -> {
            tags.untag(ids.get(1));
            tags.untag(ids.get(2));
            return null;
        });
        assertThat(companies(admin, tagged)).containsExactly("", "Акация", "Вектор", "Ромашка");
        assertThat(as(admin, () -> list.count(tagged))).isEqualTo(4L);
    }

    private List<String> companies(User user, ContactFilter filter) {
        return as(user, () -> list.page(filter, ContactSort.DEFAULT, null, null, 50)).items().stream().map(Contact::company).toList();
    }

    @Test
    void sortsTextAsARussianOrEnglishReaderExpects() {
        List<String> companies = List.of("яблоко", "Banana", "apple", "Жук", "Ёлка", "zebra", "Акация");
        as(data.admin(), () -> companies.stream().map(company -> contacts.create(ContactFields.named(company, null, null))).toList());
        List<String> sorted = as(data.admin(), () -> list.page(ContactFilter.EVERYONE, ContactSort.DEFAULT, null, null, 50)).items().stream()
                .map(Contact::company).filter(company -> !company.isEmpty()).toList();
        assertThat(sorted).containsExactly("apple", "Banana", "zebra", "Акация", "Ёлка", "Жук", "яблоко");
    }

    @Test
    void pagesForwardAndBackThroughEveryOrderWithoutGapsOrRepeats() {
        Random random = new Random(7);
        as(data.admin(), () -> {
            for (int i = 0; i < 60; i++) {
                ContactFields fields = ContactFields.named(COMPANIES.get(random.nextInt(COMPANIES.size())),
                        "Имя" + random.nextInt(5), "Last" + random.nextInt(4));
                contacts.create(withCity(fields, CITIES.get(random.nextInt(CITIES.size()))));
            }
            return null;
        });
        for (List<String> keys : List.of(List.<String>of(), List.of("city"), List.of("city:desc"), List.of("lastName:desc", "city"),
                List.of("company:desc"), List.of("status"))) {
            ContactSort sort = ContactSort.parse(keys);
            List<UUID> forward = walkForward(sort);
            assertThat(forward).as("sort %s", keys).hasSize(61).doesNotHaveDuplicates();
            assertThat(walkBackward(sort)).as("sort %s backwards", keys).isEqualTo(forward);
            assertInOrder(forward, keys);
            assertNeighboursFollowTheList(forward, sort);
        }
    }

    @Test
    void typingTheStartOfACompanyOpensThePageThatStartsAtItsFirstContact() {
        as(data.admin(), () -> {
            for (int i = 0; i < 60; i++) {
                contacts.create(ContactFields.named(String.format("Alpha %02d", i), null, null));
            }
            contacts.create(ContactFields.named("Kwik-e-mart", "Apu", "Nahasapeemapetilon"));
            contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts"));
            contacts.create(withCity(ContactFields.named("Kwiz", null, null), "Abakan"));
            contacts.create(ContactFields.named("Ёлка", null, null));
            return null;
        });
        ContactPage jumped = as(data.admin(), () -> list.pageFromCompany(ContactFilter.EVERYONE, ContactSort.DEFAULT, "KW", 50)).orElseThrow();
        assertThat(jumped.items()).extracting(Contact::company, Contact::lastName).startsWith(
                org.assertj.core.groups.Tuple.tuple("Kwik-e-mart", "Giverts"), org.assertj.core.groups.Tuple.tuple("Kwik-e-mart", "Nahasapeemapetilon"),
                org.assertj.core.groups.Tuple.tuple("Kwiz", ""));
        ContactPage before = as(data.admin(), () -> list.page(ContactFilter.EVERYONE, ContactSort.DEFAULT, null, jumped.previous(), 50));
        assertThat(before.items().get(before.items().size() - 1).company()).isEqualTo("Alpha 59");

        assertThat(as(data.admin(), () -> list.pageFromCompany(ContactFilter.EVERYONE, ContactSort.DEFAULT, "ел", 50)).orElseThrow()
                .items().get(0).company()).isEqualTo("Ёлка");
        ContactPage byCity = as(data.admin(), () -> list.pageFromCompany(ContactFilter.EVERYONE, ContactSort.parse(List.of("city:desc")), "kw", 50))
                .orElseThrow();
        assertThat(byCity.items().get(0).company()).as("the first in the list's order, by city").isEqualTo("Kwiz");
        assertThat(as(data.admin(), () -> list.pageFromCompany(ContactFilter.EVERYONE, ContactSort.DEFAULT, "k_", 50))).isEmpty();
        assertThat(as(data.admin(), () -> list.pageFromCompany(ContactFilter.EVERYONE, ContactSort.DEFAULT, "кв", 50))).isEmpty();
    }

    @Test
    void sortsAndPagesByCustomFieldsOfEveryTypeWithEmptyValuesLast() {
        Random random = new Random(13);
        as(data.admin(), () -> {
            customFields.define(new NewCustomField("contact", "amount", "Amount", "Сумма", CustomFieldType.NUMBER, List.of()));
            customFields.define(new NewCustomField("contact", "code", "Code", null, CustomFieldType.TEXT, List.of()));
            customFields.define(new NewCustomField("contact", "signedOn", "Signed on", null, CustomFieldType.DATE, List.of()));
            customFields.define(new NewCustomField("contact", "vip", "VIP", null, CustomFieldType.BOOLEAN, List.of()));
            for (int i = 0; i < 40; i++) {
                java.util.Map<String, Object> values = new java.util.HashMap<>();
                if (random.nextInt(4) > 0) {
                    values.put("amount", String.valueOf(random.nextInt(7) * 500 - 1000));
                    values.put("code", List.of("b-1", "A-2", "а-3", "Б-4").get(random.nextInt(4)));
                    values.put("signedOn", "2003-0" + (1 + random.nextInt(9)) + "-01");
                    values.put("vip", random.nextBoolean());
                }
                ContactFields named = ContactFields.named("Company " + random.nextInt(5), null, "Last" + i);
                contacts.create(new ContactFields(named.company(), null, named.lastName(), null, null, null, null, null, null, null, null,
                        null, List.of(), null, null, null, null, null, null, null, null, null, null, false, values));
            }
            return null;
        });
        for (List<String> keys : List.of(List.of("customFields.amount"), List.of("customFields.amount:desc", "company"),
                List.of("customFields.code"), List.of("customFields.signedOn:desc"), List.of("customFields.vip", "lastName:desc"))) {
            ContactSort sort = ContactSort.parse(keys);
            List<UUID> forward = walkForward(sort);
            assertThat(forward).as("sort %s", keys).hasSize(41).doesNotHaveDuplicates();
            assertThat(walkBackward(sort)).as("sort %s backwards", keys).isEqualTo(forward);
            assertNeighboursFollowTheList(forward, sort);
            String field = keys.get(0).split(":")[0].substring("customFields.".length());
            List<Object> values = as(data.admin(), () -> forward.stream().map(id -> contacts.get(id).customFields().get(field)).toList());
            int firstEmpty = values.indexOf(null);
            assertThat(values.subList(firstEmpty, values.size())).as("contacts without %s come last", field).containsOnlyNulls();
            List<Object> present = values.subList(0, firstEmpty);
            List<Object> sorted = new ArrayList<>(present);
            sorted.sort(keys.get(0).endsWith(":desc") ? Collections.reverseOrder(ContactListTests::compareValues) : ContactListTests::compareValues);
            assertThat(present).as("sort %s", keys).isEqualTo(sorted);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        return a instanceof String text ? text.toLowerCase(Locale.ROOT).compareTo(((String) b).toLowerCase(Locale.ROOT)) : ((Comparable) a).compareTo(b);
    }

    @Test
    void refusesASortByAnUnknownCustomField() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> as(data.admin(),
                () -> list.page(ContactFilter.EVERYONE, ContactSort.parse(List.of("customFields.nothing")), null, null, 10))))
                .isInstanceOf(org.svyaz.shell.InvalidInput.class);
    }

    @Test
    void refusesAPageSizeOutOfRangeAndAForgedCursor() {
        as(data.admin(), () -> {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> list.page(ContactFilter.EVERYONE, ContactSort.DEFAULT, null, null, 0)))
                    .isInstanceOf(org.svyaz.shell.InvalidInput.class);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> list.page(ContactFilter.EVERYONE, ContactSort.DEFAULT, "bm90LWpzb24", null, 10)))
                    .isInstanceOf(org.svyaz.shell.InvalidInput.class);
            return null;
        });
    }

    private List<UUID> walkForward(ContactSort sort) {
        return as(data.admin(), () -> {
            List<UUID> ids = new ArrayList<>();
            ContactPage page = list.page(ContactFilter.EVERYONE, sort, null, null, 7);
            ids.addAll(page.items().stream().map(Contact::id).toList());
            while (page.next() != null) {
                page = list.page(ContactFilter.EVERYONE, sort, page.next(), null, 7);
                ids.addAll(page.items().stream().map(Contact::id).toList());
            }
            return ids;
        });
    }

    /** From the last page back to the first, following the previous-page cursors. */
    private List<UUID> walkBackward(ContactSort sort) {
        return as(data.admin(), () -> {
            ContactPage page = list.page(ContactFilter.EVERYONE, sort, null, null, 7);
            while (page.next() != null) {
                page = list.page(ContactFilter.EVERYONE, sort, page.next(), null, 7);
            }
            List<List<UUID>> pages = new ArrayList<>();
            pages.add(page.items().stream().map(Contact::id).toList());
            while (page.previous() != null) {
                page = list.page(ContactFilter.EVERYONE, sort, null, page.previous(), 7);
                pages.add(page.items().stream().map(Contact::id).toList());
            }
            Collections.reverse(pages);
            return pages.stream().flatMap(List::stream).toList();
        });
    }

    private void assertInOrder(List<UUID> ids, List<String> keys) {
        List<Contact> found = as(data.admin(), () -> ids.stream().map(contacts::get).toList());
        Comparator<Contact> expected = comparatorOf(keys);
        for (int i = 1; i < found.size(); i++) {
            assertThat(expected.compare(found.get(i - 1), found.get(i))).as("%s before %s by %s", found.get(i - 1), found.get(i), keys)
                    .isLessThanOrEqualTo(0);
        }
    }

    private void assertNeighboursFollowTheList(List<UUID> ids, ContactSort sort) {
        as(data.admin(), () -> {
            for (int i = 0; i < ids.size(); i++) {
                assertThat(list.neighbour(ContactFilter.EVERYONE, ids.get(i), sort, true).orElse(null)).isEqualTo(i + 1 < ids.size() ? ids.get(i + 1) : null);
                assertThat(list.neighbour(ContactFilter.EVERYONE, ids.get(i), sort, false).orElse(null)).isEqualTo(i > 0 ? ids.get(i - 1) : null);
            }
            return null;
        });
    }

    /** The order by the chosen keys only, at the primary strength of a reader's collation. */
    private static Comparator<Contact> comparatorOf(List<String> keys) {
        Collator primary = (Collator) READER_ORDER.clone();
        primary.setStrength(Collator.PRIMARY);
        Comparator<Contact> order = (a, b) -> 0;
        for (String key : keys) {
            String[] parts = key.split(":");
            Comparator<Contact> byKey = Comparator.comparing(contact -> value(contact, parts[0]), primary);
            order = order.thenComparing(parts.length > 1 ? byKey.reversed() : byKey);
        }
        return order;
    }

    private static String value(Contact contact, String field) {
        return switch (field) {
            case "city" -> contact.city();
            case "lastName" -> contact.lastName();
            case "company" -> contact.company();
            case "status" -> java.util.Objects.toString(contact.status(), "");
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static ContactFields withCity(ContactFields f, String city) {
        return new ContactFields(f.company(), f.firstName(), f.lastName(), null, null, null, null, null, null, null, null, null,
                List.of(), null, null, null, city, null, null, null, null, null, null, false, java.util.Map.of());
    }
}
