package org.svyaz.contacts.internal;

import static org.svyaz.schema.Tables.CONTACT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.TableField;
import org.springframework.stereotype.Component;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactColumn;
import org.svyaz.contacts.ContactPage;
import org.svyaz.contacts.ContactSort;
import org.svyaz.schema.tables.records.ContactRecord;
import org.svyaz.shell.InvalidInput;

/**
 * Keyset-paged reads of the contact list. A cursor is the sort values and the id of the row
 * a page continues from, so every page is an index range scan, however deep.
 */
@Component
public class ContactQueries {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final List<ContactColumn> DEFAULT_ORDER = List.of(ContactColumn.COMPANY, ContactColumn.LAST_NAME, ContactColumn.FIRST_NAME);
    private static final Map<ContactColumn, TableField<ContactRecord, String>> COLUMNS = columns();

    private final DSLContext dsl;
    private final ObjectMapper json;

    ContactQueries(DSLContext dsl, ObjectMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    public ContactPage page(UUID viewer, ContactSort sort, String after, String before, int limit) {
        List<Ordering> order = orderOf(sort);
        boolean backwards = before != null && after == null;
        String cursor = backwards ? before : after;
        List<SortField<?>> sortFields = order.stream().<SortField<?>>map(o -> o.sortField(backwards)).toList();
        var query = dsl.selectFrom(CONTACT).where(JooqContacts.visibleTo(viewer)).orderBy(sortFields);
        List<ContactRecord> rows = cursor == null
                ? query.limit(limit + 1).fetch()
                : query.seek(decode(cursor, order.size())).limit(limit + 1).fetch();
        boolean more = rows.size() > limit;
        List<ContactRecord> page = new ArrayList<>(more ? rows.subList(0, limit) : rows);
        if (backwards) {
            Collections.reverse(page);
        }
        boolean hasFollowing = backwards || more;
        boolean hasPreceding = backwards ? more : cursor != null;
        String next = hasFollowing && !page.isEmpty() ? encode(page.get(page.size() - 1), order) : null;
        String previous = hasPreceding && !page.isEmpty() ? encode(page.get(0), order) : null;
        long total = dsl.fetchCount(CONTACT, JooqContacts.visibleTo(viewer));
        return new ContactPage(page.stream().map(JooqContacts::toContact).toList(), total, next, previous);
    }

    public Optional<UUID> neighbour(UUID viewer, UUID contactId, ContactSort sort, boolean following) {
        List<Ordering> order = orderOf(sort);
        Optional<ContactRecord> current = dsl.selectFrom(CONTACT).where(CONTACT.ID.eq(contactId)).fetchOptional();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Object[] values = order.stream().map(o -> current.get().get(o.field())).toArray();
        return dsl.select(CONTACT.ID).from(CONTACT)
                .where(JooqContacts.visibleTo(viewer))
                .orderBy(order.stream().<SortField<?>>map(o -> o.sortField(!following)).toList())
                .seek(values)
                .limit(1)
                .fetchOptional(CONTACT.ID);
    }

    private static List<Ordering> orderOf(ContactSort sort) {
        List<Ordering> order = new ArrayList<>();
        sort.keys().forEach(key -> order.add(new Ordering(COLUMNS.get(key.column()), key.descending())));
        DEFAULT_ORDER.stream()
                .filter(column -> sort.keys().stream().noneMatch(key -> key.column() == column))
                .forEach(column -> order.add(new Ordering(COLUMNS.get(column), false)));
        order.add(new Ordering(CONTACT.ID, false));
        return order;
    }

    private String encode(ContactRecord row, List<Ordering> order) {
        List<String> values = order.stream().map(o -> String.valueOf(row.get(o.field()))).toList();
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings is always JSON", e);
        }
    }

    /** The cursor's values, typed as the sort fields; a cursor that does not fit is invalid input. */
    private Object[] decode(String cursor, int size) {
        try {
            List<String> values = json.readValue(Base64.getUrlDecoder().decode(cursor), STRINGS);
            if (values.size() != size) {
                throw InvalidInput.of("after", "error.cursor");
            }
            Object[] typed = values.toArray();
            typed[size - 1] = UUID.fromString(values.get(size - 1));
            return typed;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw InvalidInput.of("after", "error.cursor");
        }
    }

    private static Map<ContactColumn, TableField<ContactRecord, String>> columns() {
        Map<ContactColumn, TableField<ContactRecord, String>> columns = new EnumMap<>(ContactColumn.class);
        for (ContactColumn column : ContactColumn.values()) {
            columns.put(column, JooqContacts.TEXT_COLUMNS.getOrDefault(column.apiName(), column == ContactColumn.STATUS ? CONTACT.STATUS : null));
        }
        return columns;
    }

    private record Ordering(Field<?> field, boolean descending) {

        SortField<?> sortField(boolean reversed) {
            return descending != reversed ? field.desc() : field.asc();
        }
    }
}
