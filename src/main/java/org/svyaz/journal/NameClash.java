package org.svyaz.journal;

import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * What to do when two databases each created a definition with the same name (a status code, an
 * activity type code, a custom field name, a series name, a user name) and one of them arrives at
 * the other: the same answer on both sides, whichever is local, so that both end alike.
 *
 * <ul>
 *   <li>Equal definitions (what the owning module says makes two of them interchangeable: kind,
 *       type, settings) are merged: the one with the smaller UUID survives, references to the
 *       other are rewritten to it and the other is deleted.
 *   <li>Different definitions are both kept: the one with the larger UUID is renamed with the first
 *       free suffix ({@code " (2)"}, {@code " (3)"} ... or, for codes and identifiers, the form
 *       their syntax allows), and the clash is reported.
 * </ul>
 *
 * <p>Each module carries out the outcome itself, through {@link JournaledWrites}, so the merge or
 * rename travels on as ordinary journaled changes: {@code ContactStatuses}, {@code
 * ActivityTypeManagement}, {@code CustomFieldManagement} and {@code SeriesManagement} offer {@code
 * merge(absorbedId, survivorId)} and {@code rename(id, newName)}, {@code UserNameClashes} a rename
 * (two accounts never merge), each with its {@code NAME_CLASH} and {@code clashDefinition}.
 *
 * <p>Names stay unique in a database at every moment, so an applier that meets an arriving
 * definition whose name another id holds here first inserts it under its {@link #placeholder} (every
 * reference to it is by id, so nothing else waits for it), then decides with the clashed name and
 * carries the outcome out: for a {@link Merge}, the module's merge, then the survivor takes the
 * clashed name if it is the arriving one; for a {@link Rename}, the renamed one takes the new name
 * and the other the clashed one. Both databases take the same steps and journal the same values.
 *
 * @param suffix how a name gets its number
 * @param maxLength the longest name the owner accepts; a name is shortened to make room for its suffix
 */
public record NameClash(Suffix suffix, int maxLength) {

    /** How the n-th name of a clash is spelt, so that it still passes the owner's syntax. */
    public enum Suffix {
        /** Free text (series names): {@code "Onboarding (2)"}. */
        LABEL(" (", ")"),
        /** Lower-case codes with hyphens (status codes): {@code "lead-2"}. */
        HYPHEN("-", ""),
        /** Upper-case codes with underscores (activity type codes): {@code "DEMO_2"}. */
        UNDERSCORE("_", ""),
        /** Letters and digits only (custom field names): {@code "contractCode2"}. */
        DIGITS("", ""),
        /** User names, whose dots and hyphens are allowed but not spaces: {@code "ivanov.2"}. */
        DOT(".", "");

        private final String before;
        private final String after;

        Suffix(String before, String after) {
            this.before = before;
            this.after = after;
        }

        String spell(int number) {
            return before + number + after;
        }
    }

    public NameClash {
        Objects.requireNonNull(suffix, "suffix");
        if (maxLength < 1) {
            throw new IllegalArgumentException("A name has room for at least one character");
        }
    }

    /** What happens to the two definitions. */
    public sealed interface Outcome permits Merge, Rename {
    }

    /** The two are one: {@code absorbed}'s references move to {@code survivor}, then it is deleted. */
    public record Merge(UUID survivor, UUID absorbed) implements Outcome {
    }

    /** Both stay: {@code renamed} (the one with the larger UUID) takes {@code newName}; report it. */
    public record Rename(UUID renamed, String oldName, String newName, UUID kept) implements Outcome {
    }

    /**
     * Decides a clash of two definitions named {@code name}.
     *
     * @param localDefinition what makes the local one what it is (a record whose {@code equals}
     *     compares kind, type and settings, not the name, id or version); never null
     * @param takenNames the names already in use, the clashing one among them, as the owner compares
     *     names (e.g. folded to lower case when the owner's uniqueness ignores case)
     * @throws IllegalArgumentException when both ids are the same: that is one record, not a clash
     */
    public Outcome decide(String name, UUID localId, Object localDefinition, UUID arrivingId, Object arrivingDefinition,
            Collection<String> takenNames) {
        return decide(name, localId, localDefinition, arrivingId, arrivingDefinition, takenNames::contains);
    }

    /** As {@link #decide(String, UUID, Object, UUID, Object, Collection)}, asking {@code taken} whether a name is in use. */
    public Outcome decide(String name, UUID localId, Object localDefinition, UUID arrivingId, Object arrivingDefinition,
            Predicate<String> taken) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(localDefinition, "localDefinition");
        Objects.requireNonNull(arrivingDefinition, "arrivingDefinition");
        int order = localId.compareTo(arrivingId);
        if (order == 0) {
            throw new IllegalArgumentException("One record on both sides is no clash: " + localId);
        }
        // UUID.compareTo compares signed halves; the unsigned order is the one every platform agrees on
        UUID smaller = unsignedCompare(localId, arrivingId) < 0 ? localId : arrivingId;
        UUID larger = smaller.equals(localId) ? arrivingId : localId;
        if (localDefinition.equals(arrivingDefinition)) {
            return new Merge(smaller, larger);
        }
        return new Rename(larger, name, firstFree(name, taken), smaller);
    }

    /**
     * A module's part in a clash the apply path met: {@code arrivingId} is in the table under a
     * placeholder name, beside {@code localId}, which holds {@code clashedName}. The module decides and
     * carries the outcome out through its journaled writes, usually with {@link #settle}.
     */
    public interface Settler {

        /** The journaled entity whose names this settler settles. */
        String entity();

        void settle(UUID localId, UUID arrivingId, String clashedName);
    }

    /**
     * Decides the clash of {@code local} and {@code arriving} (in the table under its placeholder) over
     * {@code name} and carries it out, the same steps on both databases: for a merge, the absorbed
     * one goes and the survivor takes the name; for a rename, the renamed one takes its new name and
     * the other the clashed one.
     *
     * @param merge merges its first id (the absorbed one) into its second (the survivor)
     * @param rename gives the id a new name
     */
    public void settle(String name, UUID localId, Object localDefinition, UUID arrivingId, Object arrivingDefinition,
            Predicate<String> taken, BiConsumer<UUID, UUID> merge, BiConsumer<UUID, String> rename) {
        Outcome outcome = decide(name, localId, localDefinition, arrivingId, arrivingDefinition, taken);
        if (outcome instanceof Merge m) {
            merge.accept(m.absorbed(), m.survivor());
            if (m.survivor().equals(arrivingId)) {
                rename.accept(arrivingId, name);
            }
        } else if (outcome instanceof Rename r) {
            rename.accept(r.renamed(), r.newName());
            if (r.renamed().equals(localId)) {
                rename.accept(arrivingId, name);
            }
        }
    }

    /**
     * The name an arriving record holds for the moment of its clash, until the module settles it:
     * the name, shortened to fit, with a tilde and the end of the record's id, which no name a
     * user types or {@link #firstFree} spells ends with, so it never stands in a settled name's way.
     */
    public String placeholder(String name, UUID id) {
        String tail = "~" + id.toString().substring(24);
        return name.substring(0, Math.max(0, Math.min(name.length(), maxLength - tail.length()))) + tail;
    }

    /** The first of name (2), name (3) ... that is not taken, shortened to fit. */
    public String firstFree(String name, Predicate<String> taken) {
        for (int number = 2; ; number++) {
            String ending = suffix.spell(number);
            String stem = name.length() + ending.length() > maxLength ? name.substring(0, Math.max(0, maxLength - ending.length())) : name;
            String candidate = stem.stripTrailing() + ending;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** Orders UUIDs by their 128 bits read as one unsigned number, as their text sorts. */
    public static int unsignedCompare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
