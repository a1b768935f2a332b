package org.svyaz.demo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.svyaz.groups.Group;
import org.svyaz.groups.GroupFields;
import org.svyaz.groups.GroupManagement;
import org.svyaz.groups.GroupMembers;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.ContactList;
import org.svyaz.lookups.ContactPage;
import org.svyaz.lookups.ContactSort;
import org.svyaz.lookups.ContactTags;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.KeywordSearches;
import org.svyaz.lookups.Match;
import org.svyaz.lookups.Operator;
import org.svyaz.shell.CommandLine;
import org.svyaz.shell.SearchKeys;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * {@code java -jar svyaz.jar bench --contacts=N [--iterations=I] [--warmup=W]}: tops the
 * database up to N generated contacts, then times each lookup of the benchmark (SPEC L8) through
 * Svyaz's own code, the way a page or an API call runs it, and the same query written by hand in
 * plain SQL on the same database: the floor. Prints a Markdown table with percentiles.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = CommandLine.COMMAND_PROPERTY, havingValue = CommandLine.BENCH)
class LookupBenchmark implements ApplicationRunner {

    private static final int PAGE = 50;
    /**
     * The visibility predicate as one would write it by hand (the record manager a parameter, the
     * viewer of the grants inlined, as the viewer is the same for the whole run).
     */
    private static String visible(String alias, UUID me) {
        return "(" + alias + "access = 'PUBLIC' or " + alias + "record_manager_id = ? or (" + alias + "access = 'LIMITED' and "
                + alias + "id in (select record_id from record_grant where grantee_id = '" + me + "' or grantee_id in "
                + "(select team_id from team_member where user_id = '" + me + "'))))";
    }
    private static final String ORDER = " order by company_search, last_name_search, first_name_search, id limit 51";

    private final ContactLoader loader;
    private final ContactList list;
    private final ContactTags tags;
    private final KeywordSearches searches;
    private final UserManagement users;
    private final DataSource dataSource;
    private final GroupManagement groups;
    private final GroupMembers members;

    LookupBenchmark(ContactLoader loader, ContactList list, ContactTags tags, KeywordSearches searches, UserManagement users,
            DataSource dataSource, GroupManagement groups, GroupMembers members) {
        this.groups = groups;
        this.members = members;
        this.loader = loader;
        this.list = list;
        this.tags = tags;
        this.searches = searches;
        this.users = users;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        int wanted = option(arguments, "contacts", 100_000);
        int iterations = option(arguments, "iterations", 200);
        int warmup = option(arguments, "warmup", 50);
        int existing = (int) BenchQueries.single(dataSource, "select count(*) from contact where my_record_of is null");
        if (existing < wanted) {
            double seconds = loader.load(existing, wanted - existing, 1, 42);
            System.out.printf("Loaded %d contacts in %.1f s (%.0f contacts/s)%n", wanted - existing, seconds, (wanted - existing) / seconds);
        }
        // the series benchmark wants the contacts only
        if (!BenchOptions.measures(arguments, "lookups") || arguments.containsOption("series")) {
            return;
        }
        boolean groupsOnly = arguments.containsOption("groups-only");
        User admin = users.byUserName("admin").orElseThrow();
        users.actingAs(admin.id(), () -> {
            if (groupsOnly) {
                groups(admin.id(), iterations, warmup);
            } else {
                measureAll(admin.id(), iterations, warmup);
            }
            return null;
        });
    }

    private void measureAll(UUID me, int iterations, int warmup) {
        Sample sample = sample();
        System.out.printf("%n%s, %d contacts, %d iterations after %d warm-up; times in ms%n%n", BenchDatabase.describe(dataSource),
                (long) BenchQueries.single(dataSource, "select count(*) from contact"), iterations, warmup);
        System.out.println("| query | Svyaz p50 | p95 | p99 | SQL p50 | p95 | p99 | p95 ratio |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        ContactFilter byLastName = criteria(new Criterion("lastName", Operator.STARTS_WITH, sample.lastNamePrefix()));
        compare("last name starts with «" + sample.lastNamePrefix() + "»", iterations, warmup,
                () -> list.page(byLastName, ContactSort.DEFAULT, null, null, PAGE),
                "select * from contact where " + visible("", me) + " and last_name_search like " + literal(sample.lastNamePrefix() + "%") + ORDER, me);
        ContactFilter byPhone = criteria(new Criterion("phone", Operator.EQUALS, sample.phone()));
        compare("phone equals " + sample.phone(), iterations, warmup,
                () -> list.page(byPhone, ContactSort.DEFAULT, null, null, PAGE),
                "select * from contact where " + visible("", me) + " and phone_search like " + literal(SearchKeys.phone(sample.phone()) + "%") + ORDER, me);
        ContactFilter byCode = criteria(new Criterion("customFields.contractCode", Operator.EQUALS, sample.contractCode()));
        compare("contract code equals " + sample.contractCode(), iterations, warmup,
                () -> list.page(byCode, ContactSort.DEFAULT, null, null, PAGE),
                "select c.* from contact c join custom_value v on v.record_id = c.id and v.field_id = ? where "
                        + visible("c.", me) + " and v.text_search = ?"
                        + " order by c.company_search, c.last_name_search, c.first_name_search, c.id limit 51",
                sample.contractFieldId(), me, SearchKeys.text(sample.contractCode()));
        ContactFilter byCity = criteria(new Criterion("city", Operator.EQUALS, "Москва"));
        compare("city «Москва», default order", iterations, warmup,
                () -> list.page(byCity, ContactSort.DEFAULT, null, null, PAGE),
                "select * from contact where " + visible("", me) + " and city_search = ?" + ORDER, me, "москва");
        ContactFilter cityAndStatus = criteria(new Criterion("city", Operator.EQUALS, "Москва"), new Criterion("status", Operator.EQUALS, "customer"));
        ContactSort byName = ContactSort.parse(List.of("lastName", "firstName"));
        compare("city «Москва» and status customer, sorted by last and first name", iterations, warmup,
                () -> list.page(cityAndStatus, byName, null, null, PAGE),
                "select * from contact where " + visible("", me) + " and city_search = ? and status = ? "
                        + "order by last_name_search, first_name_search, company_search, id limit 51", me, "москва", "customer");
        String keys = "(company_search || ' ' || first_name_search || ' ' || last_name_search || ' ' || city_search || ' ' || email_search)";
        boolean h2 = BenchDatabase.describe(dataSource).startsWith("H2");
        compare("keyword search «" + sample.keyword() + "» (ranked, top 50)", iterations, warmup,
                () -> searches.search(sample.keyword(), PAGE),
                "select id from contact where " + visible("", me) + " and " + (h2 ? "locate(?, " + keys + ") > 0" : keys + " like "
                        + literal("%" + sample.keyword() + "%") + " and ? is not null") + " limit 50",
                me, sample.keyword());
        compare("All Contacts, first page", iterations, warmup,
                () -> list.page(ContactFilter.EVERYONE, ContactSort.DEFAULT, null, null, PAGE),
                "select * from contact where " + visible("", me) + ORDER, me);
        String cursor = cursorOfPage(1000);
        compare("All Contacts, page 1,000", iterations, warmup,
                () -> list.page(ContactFilter.EVERYONE, ContactSort.DEFAULT, cursor, null, PAGE),
                "select * from contact where " + visible("", me) + " and (company_search, last_name_search, first_name_search, id) > (?, ?, ?, ?)" + ORDER,
                cursorValues(cursor, me));
        compare("count of All Contacts (uncached)", Math.max(10, iterations / 10), Math.max(2, warmup / 10),
                () -> list.countNow(ContactFilter.EVERYONE),
                "select count(*) from contact where " + visible("", me), me);
        tagAll(me, iterations, warmup);
        groups(me, iterations, warmup);
    }

    /**
     * A group whose rule holds the contacts of two big cities: applying the rule from nothing and
     * re-applying it, against one INSERT ... SELECT of the same contacts; then its member list.
     */
    private void groups(UUID me, int iterations, int warmup) {
        ContactFilter.Criteria bigCities = new ContactFilter.Criteria(List.of(new Criterion("city", Operator.EQUALS, "Москва"),
                new Criterion("city", Operator.EQUALS, "Санкт-Петербург")), Match.ANY);
        Group group = groups.create(new GroupFields("Benchmark: big cities", "", "", "", "", "", null, Map.of()));
        try {
            int runs = Math.max(3, iterations / 40);
            long[] first = new long[runs];
            long[] again = new long[runs];
            long[] sql = new long[runs];
            long version = group.version();
            for (int i = 0; i < runs; i++) {
                long started = System.nanoTime();
                members.setRule(group.id(), bigCities, version);
                first[i] = System.nanoTime() - started;
                started = System.nanoTime();
                members.applyRule(group.id());
                again[i] = System.nanoTime() - started;
                version = groups.get(group.id()).version();
                members.setRule(group.id(), null, version++);
                execute("delete from group_member where group_id = ?", group.id());
                started = System.nanoTime();
                execute("insert into group_member (group_id, contact_id, by_rule) select ?, id, true from contact "
                        + "where city_search = ? or city_search = ?", group.id(), "москва", "санкт-петербург");
                sql[i] = System.nanoTime() - started;
                execute("delete from group_member where group_id = ?", group.id());
            }
            members.setRule(group.id(), bigCities, version);
            long memberCount = BenchQueries.single(dataSource, "select count(*) from group_member where group_id = '" + group.id() + "'");
            row("rule group of " + memberCount + " members applied from nothing (" + runs + " runs)", first, sql);
            row("the same rule re-applied, nothing changed (" + runs + " runs)", again, sql);
            ContactFilter inGroup = members.lookupOf(group.id());
            String members = "select c.* from group_member m join contact c on c.id = m.contact_id where m.group_id = ? "
                    + "and (m.by_hand or m.by_rule) and not m.excluded and " + visible("c.", me);
            String memberOrder = " order by m.company_search, m.last_name_search, m.first_name_search, m.contact_id limit 51";
            compare("members of the group, first page", iterations, warmup,
                    () -> list.page(inGroup, ContactSort.DEFAULT, null, null, PAGE),
                    members + memberOrder, group.id(), me);
            String cursor = list.page(inGroup, ContactSort.DEFAULT, null, null, 1000).next();
            if (cursor == null) {
                return;
            }
            compare("members of the group, after the first 1,000", iterations, warmup,
                    () -> list.page(inGroup, ContactSort.DEFAULT, cursor, null, PAGE),
                    members + " and (m.company_search, m.last_name_search, m.first_name_search, m.contact_id) > (?, ?, ?, ?)" + memberOrder,
                    withGroup(cursorValues(cursor, me), group.id()));
        } finally {
            groups.delete(group.id(), null);
        }
    }

    /** The group's id, then the cursor's parameters (the viewer, then the sort values). */
    private static Object[] withGroup(Object[] cursorValues, UUID groupId) {
        Object[] parameters = new Object[cursorValues.length + 1];
        parameters[0] = groupId;
        System.arraycopy(cursorValues, 0, parameters, 1, cursorValues.length);
        return parameters;
    }

    /** Tag All on the contacts of two big cities, untagged again between runs (outside the timing). */
    private void tagAll(UUID me, int iterations, int warmup) {
        ContactFilter bigCities = new ContactFilter.Criteria(List.of(new Criterion("city", Operator.EQUALS, "Москва"),
                new Criterion("city", Operator.EQUALS, "Санкт-Петербург")), Match.ANY);
        int runs = Math.max(5, iterations / 20);
        long[] svyaz = new long[runs];
        long[] sql = new long[runs];
        int tagged = 0;
        for (int i = 0; i < runs + 1; i++) {
            tags.untagAll();
            long started = System.nanoTime();
            tagged = tags.tagAll(bigCities);
            if (i > 0) {
                svyaz[i - 1] = System.nanoTime() - started;
            }
            tags.untagAll();
            started = System.nanoTime();
            execute("insert into contact_tag (user_id, contact_id) select ?, id from contact where " + visible("", me)
                    + " and (city_search = ? or city_search = ?)", me, me, "москва", "санкт-петербург");
            if (i > 0) {
                sql[i - 1] = System.nanoTime() - started;
            }
        }
        tags.untagAll();
        row("Tag All of " + tagged + " contacts (" + runs + " runs)", svyaz, sql);
    }

    private void compare(String name, int iterations, int warmup, Supplier<?> svyaz, String sql, Object... parameters) {
        for (int i = 0; i < warmup; i++) {
            svyaz.get();
            query(sql, parameters);
        }
        long[] ours = new long[iterations];
        long[] floor = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            svyaz.get();
            ours[i] = System.nanoTime() - started;
            started = System.nanoTime();
            query(sql, parameters);
            floor[i] = System.nanoTime() - started;
        }
        row(name, ours, floor);
    }

    private static void row(String name, long[] ours, long[] floor) {
        Arrays.sort(ours);
        Arrays.sort(floor);
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f× |%n", name, ms(ours, 50), ms(ours, 95), ms(ours, 99),
                ms(floor, 50), ms(floor, 95), ms(floor, 99), ms(ours, 95) / Math.max(ms(floor, 95), 0.001));
    }

    private static double ms(long[] sorted, int percentile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Values to look up that the generated data holds, taken from one contact in the middle. */
    private Sample sample() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select c.last_name_search, c.phone, v.text_value, v.field_id from contact c join custom_value v on v.record_id = c.id "
                             + "where c.phone <> '' and c.last_name_search <> '' and v.text_value is not null order by c.id offset ? rows fetch next 1 rows only")) {
            statement.setLong(1, BenchQueries.single(dataSource, "select count(*) from custom_value") / 2);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                String lastName = row.getString(1);
                return new Sample(lastName.substring(0, Math.min(4, lastName.length())), row.getString(2), row.getString(3),
                        row.getObject(4, UUID.class), "ромашка");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String cursorOfPage(int page) {
        String cursor = null;
        for (int i = 1; i < page; i++) {
            ContactPage current = list.page(ContactFilter.EVERYONE, ContactSort.DEFAULT, cursor, null, PAGE);
            if (current.next() == null) {
                break;
            }
            cursor = current.next();
        }
        return cursor;
    }

    /** The hand-written query continues after the same row as the cursor does. */
    private Object[] cursorValues(String cursor, UUID me) {
        try {
            List<String> values = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                    java.util.Base64.getUrlDecoder().decode(cursor), new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {
                    });
            return new Object[] {me, values.get(0), values.get(1), values.get(2), UUID.fromString(values.get(3))};
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A pattern written into the SQL, as a DBA would write it: PostgreSQL uses an index for a LIKE
     * only when it sees the pattern, and a prepared statement run often gets a plan made without it.
     */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static ContactFilter criteria(Criterion... criteria) {
        return new ContactFilter.Criteria(List.of(criteria), Match.ALL);
    }

    private void query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<Object> read = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    read.add(rows.getObject(i));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static int option(ApplicationArguments arguments, String name, int defaultValue) {
        List<String> values = arguments.getOptionValues(name);
        return values == null || values.isEmpty() ? defaultValue : Integer.parseInt(values.get(0).replace("_", ""));
    }

    private record Sample(String lastNamePrefix, String phone, String contractCode, UUID contractFieldId, String keyword) {
    }
}
