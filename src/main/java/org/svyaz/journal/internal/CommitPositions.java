package org.svyaz.journal.internal;

import static org.svyaz.schema.Sequences.JOURNAL_SEQ;
import static org.svyaz.schema.Tables.JOURNAL_COMMIT;
import static org.svyaz.schema.Tables.JOURNAL_HEAD;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives each transaction that writes the journal an id, and, as it commits, the next position of
 * the journal in commit order. The position is taken under the lock of the one row of
 * journal_head, which the transaction holds until its commit is done: no transaction can take a
 * later position and become visible before an earlier one, so a reader of "positions after N"
 * never skips a transaction that was still open when it read. The lock is taken at the very end,
 * so writers wait for each other only for the moment of committing.
 *
 * <p>The transaction's id is a seq drawn before its first entry and its {@code last_seq} one drawn
 * as it commits: its entries are the ones of that txn between the two, read by the primary key
 * (see {@link JournalPositions#entriesOf}).
 */
@Component
class CommitPositions {

    private static final Object KEY = CommitPositions.class;

    private final DSLContext dsl;

    CommitPositions(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The current transaction's id; the first call in a transaction makes it take a position when it commits. */
    long currentTransaction(String entity) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The journal is written only inside a transaction (writing " + entity + ")");
        }
        Long txn = (Long) TransactionSynchronizationManager.getResource(KEY);
        if (txn == null) {
            long id = dsl.nextval(JOURNAL_SEQ);
            TransactionSynchronizationManager.bindResource(KEY, id);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    takePosition(id);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            txn = id;
        }
        return txn;
    }

    private void takePosition(long txn) {
        long last = dsl.select(JOURNAL_HEAD.LAST_POSITION).from(JOURNAL_HEAD).where(JOURNAL_HEAD.SINGLETON.eq(1)).forUpdate()
                .fetchSingle(JOURNAL_HEAD.LAST_POSITION);
        dsl.update(JOURNAL_HEAD).set(JOURNAL_HEAD.LAST_POSITION, last + 1).where(JOURNAL_HEAD.SINGLETON.eq(1)).execute();
        dsl.insertInto(JOURNAL_COMMIT)
                .set(JOURNAL_COMMIT.POSITION, last + 1)
                .set(JOURNAL_COMMIT.TXN, txn)
                // every entry of the transaction took a seq after its id and before this one
                .set(JOURNAL_COMMIT.LAST_SEQ, dsl.nextval(JOURNAL_SEQ))
                .set(JOURNAL_COMMIT.COMMITTED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
    }
}
