package org.svyaz.journal;

/**
 * Content a module keeps outside its journaled rows that journal entries refer to, such as a
 * document's bytes (by their hash). After {@code journal compact} has removed entries, it asks
 * each module that keeps such content to remove what neither a row nor a remaining entry refers to.
 */
public interface RetainedContent {

    /** What the content is, for the command's figures (e.g. "document bytes"). */
    String description();

    /**
     * Removes the content nothing refers to any more, in short transactions (a server may be
     * running beside the command).
     *
     * @return the bytes freed
     */
    long removeUnreferenced(JournalMentions journal);

    /** Whether entries still in the journal refer to a piece of content. */
    interface JournalMentions {

        /** Whether an entry about an {@code entity} holds {@code text} in its value. */
        boolean mentions(String entity, String text);
    }
}
