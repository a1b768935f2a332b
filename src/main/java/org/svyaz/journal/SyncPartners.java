package org.svyaz.journal;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The databases that synchronize with this one and how far each has confirmed holding this
 * database's journal. {@code journal compact} removes nothing a known partner has not confirmed:
 * tombstones and the document bytes entries refer to stay until every partner is past them.
 * Positions are journal positions, as the journal's readers of "entries after N" use them.
 */
public interface SyncPartners {

    /** Makes a partner known, at position 0 (it has confirmed nothing yet); a known one keeps its position. */
    void register(UUID partnerId, String name);

    /**
     * Records that the partner holds every entry up to {@code position}. A confirmation never
     * moves a partner back: an older one (a file that arrives late) changes nothing.
     *
     * @throws IllegalArgumentException when the partner is not known
     */
    void confirm(UUID partnerId, long position);

    /** The partner no longer holds back compaction; unknown ones are ignored. */
    void forget(UUID partnerId);

    /** The lowest position every known partner has confirmed; empty when there is no partner. */
    OptionalLong lowestConfirmed();

    /** The known partners, by name. */
    List<SyncPartner> all();
}
