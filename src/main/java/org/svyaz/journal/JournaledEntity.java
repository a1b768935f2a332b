package org.svyaz.journal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * What the journal knows of one entity, declared by the module that owns it as a bean (see
 * journal/README.md): its name in the journal, its table, and how its columns become the fields
 * a user sets. By default a column is a field named as the API names it ({@code last_name} is
 * {@code lastName}, an {@code is_} prefix dropped); the declaration says which columns are
 * derived from others (never journaled, recomputed where a change is applied), which are local
 * to this database (never exported), which are secret (never journaled at all: an entry says
 * that they changed, not to what), and which columns only make sense together (one field whose
 * value is an object of them, so that a merge never mixes two of them).
 */
public final class JournaledEntity {

    /** Columns the journal entry itself stands for (when, by whom, which version) or that are keys. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "hlc", "created_at", "created_by", "updated_at", "updated_by");

    private final String name;
    private final Table<?> table;
    private final Set<String> derived;
    private final Set<String> localOnly;
    private final Set<String> secret;
    private final Map<String, List<Field<?>>> together;
    private final Consumer<Record> derive;
    private final UniqueName uniqueName;
    private final List<Parent> parents;
    /** Each journaled column's field, by column name. */
    private final Map<String, String> fieldOfColumn = new HashMap<>();
    /** Each field of its own's column, by field name. */
    private final Map<String, Field<?>> columnOfField = new HashMap<>();
    private final Set<String> localOnlyFields;
    private final Set<String> secretFields;

    private JournaledEntity(String name, Table<?> table, Set<String> derived, Set<String> localOnly, Set<String> secret,
            Map<String, List<Field<?>>> together, Consumer<Record> derive, UniqueName uniqueName, List<Parent> parents) {
        this.name = name;
        this.table = table;
        this.derived = derived;
        this.localOnly = localOnly;
        this.secret = secret;
        this.together = together;
        this.derive = derive;
        this.uniqueName = uniqueName;
        this.parents = parents;
        for (Field<?> column : table.fields()) {
            if (isJournaled(column)) {
                String several = together.entrySet().stream()
                        .filter(entry -> entry.getValue().stream().anyMatch(part -> part.getName().equals(column.getName())))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                fieldOfColumn.put(column.getName(), several != null ? several : fieldName(column));
                if (several == null) {
                    columnOfField.put(fieldName(column), column);
                }
            }
        }
        this.secretFields = secret.stream().map(JournaledEntity::fieldName).collect(Collectors.toUnmodifiableSet());
        Set<String> local = new HashSet<>(secretFields);
        localOnly.forEach(column -> local.add(fieldName(column)));
        this.localOnlyFields = Set.copyOf(local);
    }

    /** An entity whose every column but the bookkeeping ones is a field a user sets. */
    public static JournaledEntity of(String name, Table<?> table) {
        return new JournaledEntity(name, table, Set.of(), Set.of(), Set.of(), Map.of(), row -> { }, null, List.of());
    }

    /**
     * Columns computed from others (search keys, instants, alarm times), and how: {@code derive}
     * fills them in a row whose other columns are set, wherever a change is applied.
     */
    public JournaledEntity derived(Consumer<Record> derive, Field<?>... columns) {
        return new JournaledEntity(name, table, names(columns), localOnly, secret, together, derive, uniqueName, parents);
    }

    /** Columns that make sense only in this database (a user's own settings of it): journaled, never exported. */
    public JournaledEntity localOnly(Field<?>... columns) {
        return new JournaledEntity(name, table, derived, names(columns), secret, together, derive, uniqueName, parents);
    }

    /** Columns holding secrets (password and token hashes): the journal says that they changed, never their value. */
    public JournaledEntity secret(Field<?>... columns) {
        return new JournaledEntity(name, table, derived, localOnly, names(columns), together, derive, uniqueName, parents);
    }

    /** Columns that only make sense together, journaled as one field whose value is an object of them. */
    public JournaledEntity together(String field, Field<?>... columns) {
        Map<String, List<Field<?>>> all = new LinkedHashMap<>(together);
        all.put(field, List.of(columns));
        return new JournaledEntity(name, table, derived, localOnly, secret, Map.copyOf(all), derive, uniqueName, parents);
    }

    /**
     * The field holding the entity's name, unique in a database (by the columns of {@code key}, its
     * own column when none is given, derived ones included), and how a second name of a clash is
     * spelt: an applier that meets an arriving record whose name another record holds here gives it
     * a placeholder name and reports the clash to the module's {@link NameClash.Settler}.
     */
    public JournaledEntity uniqueName(String field, NameClash clash, Field<?>... key) {
        return new JournaledEntity(name, table, derived, localOnly, secret, together, derive,
                new UniqueName(field, clash, key.length == 0 ? List.of(columnOfField.get(field)) : List.of(key)), parents);
    }

    /**
     * Records of this entity belong to a record of the {@code parent} entity named by {@code column}
     * (a note to its contact): the module deletes them with their parent, and the apply path keeps
     * that true of changes made apart. A creation that arrives for a parent that does not exist
     * here is not made, and a parent's deletion that arrives takes its records here with it.
     */
    public JournaledEntity belongsTo(String parent, Field<UUID> column) {
        List<Parent> all = new ArrayList<>(parents);
        all.add(new Parent(parent, column));
        return new JournaledEntity(name, table, derived, localOnly, secret, together, derive, uniqueName, List.copyOf(all));
    }

    /** A parent of an entity's records: the parent entity's name, and the column holding its id. */
    public record Parent(String entity, Field<UUID> column) {
    }

    /** The parents the entity's records belong to, none for most. */
    public List<Parent> parents() {
        return parents;
    }

    /** The unique name of an entity: its field, how a clash spells a second name, the columns that must differ. */
    public record UniqueName(String field, NameClash clash, List<Field<?>> key) {
    }

    /** The entity's unique name, or null when it has none. */
    public UniqueName uniqueName() {
        return uniqueName;
    }

    public String name() {
        return name;
    }

    public Table<?> table() {
        return table;
    }

    /** Fills the derived columns of a row from its other columns. */
    public void derive(Record row) {
        derive.accept(row);
    }

    /** Whether the column is a field of its own (not bookkeeping, not derived, not part of a field of several columns). */
    public boolean isOwnField(Field<?> column) {
        String field = fieldOfColumn.get(column.getName());
        return field != null && !together.containsKey(field);
    }

    /** Whether changing the column is journaled at all (its own field, or part of one). */
    public boolean isJournaled(Field<?> column) {
        String columnName = column.getName();
        // search keys are derived from the columns they are named after, whoever forgets to say so
        return !BOOKKEEPING.contains(columnName) && !derived.contains(columnName) && !columnName.endsWith("_search");
    }

    /** The field a journaled column is, or is part of; null for a column that is not journaled. */
    public String fieldOf(Field<?> column) {
        return fieldOfColumn.get(column.getName());
    }

    public boolean isSecret(String field) {
        return secretFields.contains(field);
    }

    public boolean isLocalOnly(String field) {
        return localOnlyFields.contains(field);
    }

    /** The name of the field of several columns the column belongs to, or null. */
    public String fieldOfSeveral(Field<?> column) {
        String field = fieldOfColumn.get(column.getName());
        return field != null && together.containsKey(field) ? field : null;
    }

    /** The columns of a field of several columns, or null when the field is not one. */
    public List<Field<?>> columnsOf(String field) {
        return together.get(field);
    }

    /** The column of a field of its own, or null when the entity has none of that name. */
    public Field<?> columnOf(String field) {
        return columnOfField.get(field);
    }

    /** The columns a replay compares: every journaled one, and the derived ones it recomputes. */
    public List<Field<?>> comparedColumns() {
        List<Field<?>> columns = new ArrayList<>();
        for (Field<?> column : table.fields()) {
            if (!BOOKKEEPING.contains(column.getName()) || "id".equals(column.getName()) || "hlc".equals(column.getName())) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** A column's name as a field: {@code last_name} is {@code lastName}, an {@code is_} prefix dropped. */
    public static String fieldName(Field<?> column) {
        return fieldName(column.getName());
    }

    static String fieldName(String column) {
        String name = column.startsWith("is_") ? column.substring(3) : column;
        StringBuilder camel = new StringBuilder(name.length());
        boolean upperNext = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upperNext = true;
            } else {
                camel.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            }
        }
        return camel.toString();
    }

    private static Set<String> names(Field<?>... columns) {
        return Stream.of(columns).map(Field::getName).collect(Collectors.toUnmodifiableSet());
    }
}
