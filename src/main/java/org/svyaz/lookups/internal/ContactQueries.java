package org.svyaz.lookups.internal;

import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.CONTACT_STATUS;
import static org.svyaz.schema.Tables.CUSTOM_VALUE;
import static org.svyaz.schema.Tables.GROUP_MEMBER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectSeekStepN;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.svyaz.customfields.CustomField;
import org.svyaz.lookups.ContactColumn;
import org.svyaz.lookups.ContactSort;
import org.svyaz.shell.InvalidInput;

/**
 * Keyset-paged reads of the contacts a condition selects. A cursor is the sort values and the
 * id of the row a page continues from, so every page is an index range scan, however deep.
 * Text sorts by its search key (lower case, ё as е), compared by code point on both databases:
 * the order a Russian or English reader expects, the same on H2 and PostgreSQL, and the one the
 * indexes of the default, last-name and city orders hold. A custom field sorts by its typed
 * value, contacts without one last in either direction.
 */
@Component
public class ContactQueries {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final List<ContactColumn> DEFAULT_ORDER = List.of(ContactColumn.COMPANY, ContactColumn.LAST_NAME, ContactColumn.FIRST_NAME);
    private static final Map<ContactColumn, Field<String>> COLUMNS = columns();

    /** Lookups of more contacts than this are never sorted whole for one page. */
    private static final long FILTER_FIRST_UP_TO = 50_000;

    private volatile long estimatedSize = -1;
    private volatile long sizeReadAt;
    private final DSLContext dsl;
    private final ObjectMapper json;
    private final LookupFields fields;

    ContactQueries(DSLContext dsl, ObjectMapper json, LookupFields fields) {
        this.dsl = dsl;
        this.json = json;
        this.fields = fields;
    }

    /** The ids of one page, in order, and the cursors around it. */
    public record IdPage(List<UUID> ids, String next, String previous) {
    }

    /**
     * One page of the contacts the condition selects.
     *
     * @param matching how many contacts the condition selects, to choose how to read them (see
     *     {@link #filterFirst})
     */
    public IdPage page(Condition condition, ContactSort sort, String after, String before, int limit, long matching) {
        boolean backwards = before != null && after == null;
        List<Ordering> order = orderOf(sort);
        if (filterFirst(sort, limit, matching)) {
            List<Ordering> read = fromMatching(order);
            return page(read, dsl.with(matching(order, condition)).select(fields(read)).from(DSL.name("matching"))
                    .orderBy(sortFields(read, backwards)), backwards, after, before, limit);
        }
        return page(order, dsl.select(fields(order)).from(CONTACT).where(condition).orderBy(sortFields(order, backwards)),
                backwards, after, before, limit);
    }

    /**
     * A page of a group's members in the default order, read along the members' own index of it
     * (group_member keeps each member's sort keys): a group's members may lie anywhere in the
     * order of all contacts, so walking that order could pass most contacts before a page fills.
     *
     * @param condition which of the members to list (those the viewer sees)
     */
    public IdPage memberPage(UUID groupId, Condition condition, String after, String before, int limit) {
        boolean backwards = before != null && after == null;
        List<Ordering> order = List.of(new Ordering(GROUP_MEMBER.COMPANY_SEARCH, false), new Ordering(GROUP_MEMBER.LAST_NAME_SEARCH, false),
                new Ordering(GROUP_MEMBER.FIRST_NAME_SEARCH, false), new Ordering(GROUP_MEMBER.CONTACT_ID, false));
        return page(order, dsl.select(fields(order)).from(GROUP_MEMBER).join(CONTACT).on(CONTACT.ID.eq(GROUP_MEMBER.CONTACT_ID))
                .where(GROUP_MEMBER.GROUP_ID.eq(groupId)).and(FilterConditions.isMember()).and(condition)
                .orderBy(sortFields(order, backwards)), backwards, after, before, limit);
    }

    private IdPage page(List<Ordering> read, SelectSeekStepN<Record> query, boolean backwards, String after, String before, int limit) {
        String cursor = backwards ? before : after;
        List<Record> rows = cursor == null
                ? query.limit(limit + 1).fetch()
                : query.seek(decode(cursor, read.size())).limit(limit + 1).fetch();
        boolean more = rows.size() > limit;
        List<Record> page = new ArrayList<>(more ? rows.subList(0, limit) : rows);
        if (backwards) {
            Collections.reverse(page);
        }
        boolean hasFollowing = backwards || more;
        boolean hasPreceding = backwards ? more : cursor != null;
        int id = read.size() - 1;
        String next = hasFollowing && !page.isEmpty() ? encode(page.get(page.size() - 1), read) : null;
        String previous = hasPreceding && !page.isEmpty() ? encode(page.get(0), read) : null;
        return new IdPage(page.stream().map(row -> (UUID) row.get(id)).toList(), next, previous);
    }

    /**
     * Whether to select the matching contacts first and sort only those, on PostgreSQL, rather
     * than walk an index in the list's order until a page of them has passed (the planner cannot
     * know how the matches lie along that order). Walking reads about {@code contacts / matching}
     * rows per contact of the page, and only the default order has an index to walk; selecting
     * first reads and sorts every match. So: select first when the order has no index, or when
     * the matches are fewer than a walk would read; never for lookups too big to sort per page.
     */
    private boolean filterFirst(ContactSort sort, int limit, long matching) {
        if (!onPostgres() || matching > FILTER_FIRST_UP_TO) {
            return false;
        }
        boolean indexedOrder = sort.keys().isEmpty();
        return !indexedOrder || (double) matching * matching <= (double) estimatedContacts() * (limit + 1);
    }

    /** PostgreSQL's own estimate of the contact table's size, read again at most once a minute. */
    private long estimatedContacts() {
        long now = System.nanoTime();
        if (now - sizeReadAt > TimeUnit.MINUTES.toNanos(1) || estimatedSize < 0) {
            Long size = dsl.fetchOne("select reltuples::bigint from pg_class where oid = 'contact'::regclass").get(0, Long.class);
            estimatedSize = size == null ? 0 : size;
            sizeReadAt = now;
        }
        return estimatedSize;
    }

    /** The matching contacts' sort values, materialized: PostgreSQL filters them by the best index, then sorts. */
    private static org.jooq.CommonTableExpression<?> matching(List<Ordering> order, Condition condition) {
        List<SelectField<?>> fields = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            fields.add(order.get(i).field().as("k" + i));
        }
        return DSL.name("matching").asMaterialized(DSL.select(fields).from(CONTACT).where(condition));
    }

    private static List<SelectField<?>> fields(List<Ordering> order) {
        return order.stream().<SelectField<?>>map(Ordering::field).toList();
    }

    private static List<SortField<?>> sortFields(List<Ordering> order, boolean backwards) {
        return order.stream().<SortField<?>>map(o -> o.sortField(backwards)).toList();
    }

    /** The order, in terms of the columns of {@link #matching}. */
    private static List<Ordering> fromMatching(List<Ordering> order) {
        List<Ordering> read = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            read.add(new Ordering(DSL.field(DSL.name("matching", "k" + i), order.get(i).field().getDataType()), order.get(i).descending()));
        }
        return read;
    }

    private boolean onPostgres() {
        return dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES;
    }

    public long count(Condition condition) {
        return dsl.fetchCount(CONTACT, condition);
    }

    /**
     * Where type-ahead jumps: the first contact, in the list's order, whose company starts with
     * the prefix (a search key), and the cursor of the row before it (null when it comes first).
     */
    public record Jump(UUID contactId, String after) {
    }

    public Optional<Jump> firstOfCompany(Condition condition, ContactSort sort, String companyPrefix) {
        List<Ordering> order = orderOf(sort);
        Optional<Record> first = dsl.select(fields(order)).from(CONTACT)
                .where(condition).and(CONTACT.COMPANY_SEARCH.like(TextMatch.escaped(companyPrefix) + "%", '!'))
                .orderBy(sortFields(order, false)).limit(1).fetchOptional();
        return first.map(row -> {
            Object[] values = order.stream().map(o -> row.get(o.field())).toArray();
            Optional<Record> before = dsl.select(fields(order)).from(CONTACT).where(condition)
                    .orderBy(sortFields(order, true)).seek(values).limit(1).fetchOptional();
            return new Jump((UUID) row.get(CONTACT.ID), before.map(previous -> encode(previous, order)).orElse(null));
        });
    }

    /** The contact before or after this one in the sort order, among those the condition selects. */
    public Optional<UUID> neighbour(Condition condition, UUID contactId, ContactSort sort, boolean following) {
        List<Ordering> order = orderOf(sort);
        Optional<Record> current = dsl.select(order.stream().<SelectField<?>>map(Ordering::field).toList())
                .from(CONTACT).where(CONTACT.ID.eq(contactId)).fetchOptional();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Object[] values = current.get().intoArray();
        return dsl.select(CONTACT.ID).from(CONTACT)
                .where(condition)
                .orderBy(order.stream().<SortField<?>>map(o -> o.sortField(!following)).toList())
                .seek(values)
                .limit(1)
                .fetchOptional(CONTACT.ID);
    }

    private List<Ordering> orderOf(ContactSort sort) {
        List<Ordering> order = new ArrayList<>();
        for (ContactSort.Key key : sort.keys()) {
            if (key.column().isPresent()) {
                order.add(new Ordering(COLUMNS.get(key.column().get()), key.descending()));
            } else {
                CustomField field = fields.customField(key.field())
                        .orElseThrow(() -> InvalidInput.of("sort", "error.sort.unknown", key.asParameter()));
                order.addAll(customOrder(field, key.descending()));
            }
        }
        DEFAULT_ORDER.stream()
                .filter(column -> sort.keys().stream().noneMatch(key -> key.column().equals(Optional.of(column))))
                .forEach(column -> order.add(new Ordering(COLUMNS.get(column), false)));
        order.add(new Ordering(CONTACT.ID, false));
        return order;
    }

    /**
     * A custom field's value as two keys, whether it is missing and the value itself, so that a
     * cursor never holds a null (keyset comparisons with null select nothing) and contacts without
     * a value come last whichever way the list runs.
     */
    private static List<Ordering> customOrder(CustomField field, boolean descending) {
        Field<?> stored = switch (field.type()) {
            case NUMBER -> CUSTOM_VALUE.NUMBER_VALUE;
            case DATE -> CUSTOM_VALUE.DATE_VALUE;
            case BOOLEAN -> CUSTOM_VALUE.BOOLEAN_VALUE;
            case TEXT, PICKLIST -> DSL.lower(CUSTOM_VALUE.TEXT_VALUE);
        };
        Field<?> value = DSL.field(DSL.select(stored).from(CUSTOM_VALUE)
                .where(CUSTOM_VALUE.RECORD_ID.eq(CONTACT.ID)).and(CUSTOM_VALUE.FIELD_ID.eq(field.id())));
        Field<Integer> missing = DSL.when(value.isNull(), DSL.inline(1)).otherwise(DSL.inline(0));
        return List.of(new Ordering(missing, false), new Ordering(withoutNull(value, field), descending));
    }

    @SuppressWarnings("unchecked")
    private static Field<?> withoutNull(Field<?> value, CustomField field) {
        return switch (field.type()) {
            case NUMBER -> DSL.coalesce((Field<BigDecimal>) value, DSL.inline(BigDecimal.ZERO));
            case DATE -> DSL.coalesce((Field<LocalDate>) value, DSL.inline(LocalDate.of(1, 1, 1)));
            case BOOLEAN -> DSL.coalesce((Field<Boolean>) value, DSL.inline(false));
            case TEXT, PICKLIST -> DSL.coalesce((Field<String>) value, DSL.inline(""));
        };
    }

    private String encode(Record row, List<Ordering> order) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            values.add(String.valueOf(row.get(i)));
        }
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
        } catch (IllegalArgumentException | IOException e) {
            throw InvalidInput.of("after", "error.cursor");
        }
    }

    private static Map<ContactColumn, Field<String>> columns() {
        Map<ContactColumn, Field<String>> columns = new EnumMap<>(ContactColumn.class);
        columns.put(ContactColumn.COMPANY, CONTACT.COMPANY_SEARCH);
        columns.put(ContactColumn.LAST_NAME, CONTACT.LAST_NAME_SEARCH);
        columns.put(ContactColumn.FIRST_NAME, CONTACT.FIRST_NAME_SEARCH);
        columns.put(ContactColumn.CITY, CONTACT.CITY_SEARCH);
        columns.put(ContactColumn.EMAIL, CONTACT.EMAIL_SEARCH);
        columns.put(ContactColumn.PHONE, CONTACT.PHONE);
        columns.put(ContactColumn.MOBILE, CONTACT.MOBILE);
        // a My Record has no status: it sorts first, and its cursor holds '' rather than null
        // the list shows and sorts by the status's code, as the API names it; a contact refers to its id
        columns.put(ContactColumn.STATUS, DSL.coalesce(DSL.field(DSL.select(CONTACT_STATUS.CODE).from(CONTACT_STATUS)
                .where(CONTACT_STATUS.ID.eq(CONTACT.STATUS))), ""));
        // fields without a search key sort by their lower case, which no index holds
        columns.put(ContactColumn.TITLE, DSL.lower(CONTACT.TITLE));
        columns.put(ContactColumn.DEPARTMENT, DSL.lower(CONTACT.DEPARTMENT));
        columns.put(ContactColumn.REGION, DSL.lower(CONTACT.REGION));
        columns.put(ContactColumn.POSTAL_CODE, DSL.lower(CONTACT.POSTAL_CODE));
        columns.put(ContactColumn.COUNTRY, DSL.lower(CONTACT.COUNTRY));
        return columns;
    }

    private record Ordering(Field<?> field, boolean descending) {

        SortField<?> sortField(boolean reversed) {
            return descending != reversed ? field.desc() : field.asc();
        }
    }
}
