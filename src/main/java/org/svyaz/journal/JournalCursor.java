package org.svyaz.journal;

/**
 * A place in one database's journal, in commit order: the position its transaction took when it
 * committed, and the entry's seq within it. {@link #BEGINNING} is before every entry.
 */
public record JournalCursor(long position, long seq) implements Comparable<JournalCursor> {

    public static final JournalCursor BEGINNING = new JournalCursor(0, 0);

    @Override
    public int compareTo(JournalCursor other) {
        int byPosition = Long.compare(position, other.position);
        return byPosition != 0 ? byPosition : Long.compare(seq, other.seq);
    }
}
