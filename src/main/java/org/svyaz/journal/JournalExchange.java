package org.svyaz.journal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The side of the journal that synchronization uses: read the entries one database made, in its
 * commit order, and apply entries made elsewhere (see journal/README.md).
 */
public interface JournalExchange {

    /** This database's id, the origin of the entries it makes. */
    UUID databaseId();

    /**
     * The entries this database holds that {@code origin} made, after {@code after} in that
     * origin's commit order, at most {@code limit}: never a field local to the database it is in,
     * and a creation without them.
     */
    List<ExchangedEntry> entriesOf(UUID origin, JournalCursor after, int limit);

    /** For each database whose entries this one holds, the last of them in that database's commit order. */
    Map<UUID, JournalCursor> held();

    /**
     * Applies entries made in other databases, all or none, in one transaction: an entry already
     * held is skipped; each field goes to the newest change by (hlc, origin_db, origin_seq); a
     * change that loses is journaled but not applied, and written to the conflict list when it was
     * concurrent with its winner; a deleted record stays deleted. Nothing applied is journaled
     * again as a change of this database, cascades included.
     *
     * @throws ClockSkewTooLarge when an entry is timed too far ahead of this database's clock
     *     ({@code svyaz.sync.max-clock-skew}); nothing is applied then
     */
    Applied apply(List<ExchangedEntry> entries);

    /** What {@link #apply} did with the entries. */
    record Applied(int applied, int skipped, int lost, int conflicts) {
    }

    /** The conflict list: changes from elsewhere that lost to a concurrent one, newest first. */
    List<Conflict> conflicts(UUID recordId);

    /** A losing value and the one it lost to. */
    record Conflict(String entity, UUID recordId, String field, String losingValue, UUID losingDatabase, String winningValue,
            UUID winningDatabase) {
    }
}
