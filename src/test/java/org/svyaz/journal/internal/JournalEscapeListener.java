package org.svyaz.journal.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Table;
import org.svyaz.schema.DefaultSchema;

/**
 * Fails, in every test, any INSERT, UPDATE, DELETE or MERGE of a journaled table that the
 * journaling component did not issue (outside its {@link JournalScope}): the run-time half of
 * the one write path (design/journal.md), which sees raw SQL, batches and merges that a static
 * rule cannot. JDBC statements that bypass jOOQ are left to {@code OneWritePathTests}.
 *
 * <p>Journaled tables: every table with {@code id} and {@code version} columns (records users
 * see), and the tables whose rows the journal records as fields or links of those records.
 * Group membership is journaled only in part: by hand ({@code members} links of the group) and
 * exclusions ({@code excludedMembers} links); rule membership and the members' sort keys are
 * derived (recomputed from the journaled rule and contacts by every database), so a statement
 * outside the journal may write those columns, and may delete only rows that hold neither a hand
 * membership nor an exclusion.
 */
public class JournalEscapeListener implements ExecuteListener {

    /** Rows the journal records as fields or links of their records. */
    static final Set<String> SIDE_TABLES = Set.of("custom_value", "activity_contact", "record_grant", "team_member", "group_member");
    private static final String GROUP_MEMBER = "group_member";
    private static final Set<String> JOURNALED_MEMBER_COLUMNS = Set.of("by_hand", "excluded");

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+((?:\"?\\w+\"?\\.)*\"?(\\w+)\"?)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final ThreadLocal<int[]> FIXTURES = ThreadLocal.withInitial(() -> new int[1]);

    private final Set<String> journaled = journaledTables();

    /** Runs test set-up that writes tables directly (emptying the database between tests). */
    public static void asFixture(Runnable setUp) {
        FIXTURES.get()[0]++;
        try {
            setUp.run();
        } finally {
            FIXTURES.get()[0]--;
        }
    }

    @Override
    public void executeStart(ExecuteContext context) {
        if (JournalScope.isOpen() || FIXTURES.get()[0] > 0) {
            return;
        }
        check(context.sql());
        Arrays.stream(context.batchSQL()).forEach(this::check);
    }

    void check(String sql) {
        if (sql == null) {
            return;
        }
        Matcher write = WRITE.matcher(sql);
        if (!write.find()) {
            return;
        }
        String table = write.group(3).toLowerCase(Locale.ROOT);
        if (journaled.contains(table) && !(table.equals(GROUP_MEMBER) && derivedOnly(write.group(1), write.group(4)))) {
            throw new IllegalStateException("A write of the journaled table " + table + " outside the journal "
                    + "(go through JournaledWrites, design/journal.md): " + sql);
        }
    }

    /** Whether a statement on group_member writes only its derived parts (see the class comment). */
    private static boolean derivedOnly(String verb, String rest) {
        String lower = rest.toLowerCase(Locale.ROOT);
        return switch (verb.toLowerCase(Locale.ROOT).charAt(0)) {
            case 'u' -> JOURNALED_MEMBER_COLUMNS.stream().noneMatch(column -> mentions(beforeWhere(lower), column));
            case 'i' -> JOURNALED_MEMBER_COLUMNS.stream().noneMatch(column -> mentions(columnList(lower), column));
            case 'd' -> JOURNALED_MEMBER_COLUMNS.stream().allMatch(column -> Pattern.compile("\\b" + column + "\"?\\s*=\\s*false")
                    .matcher(lower).find());
            default -> false;
        };
    }

    private static boolean mentions(String sql, String column) {
        return Pattern.compile("\\b" + column + "\\b").matcher(sql).find();
    }

    private static String beforeWhere(String sql) {
        int where = sql.indexOf(" where ");
        return where < 0 ? sql : sql.substring(0, where);
    }

    private static String columnList(String sql) {
        int close = sql.indexOf(')');
        return close < 0 ? sql : sql.substring(0, close);
    }

    private static Set<String> journaledTables() {
        Set<String> tables = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(table -> table.field("id") != null && table.field("version") != null)
                .map(Table::getName)
                .collect(Collectors.toSet());
        tables.addAll(SIDE_TABLES);
        return Set.copyOf(tables);
    }
}
