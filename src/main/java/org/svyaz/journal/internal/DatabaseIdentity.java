package org.svyaz.journal.internal;

import static org.svyaz.schema.Tables.DATABASE_IDENTITY;
import static org.svyaz.schema.Tables.DATABASE_IDENTITY_HISTORY;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.svyaz.journal.DatabaseIdentities;
import org.svyaz.journal.PreviousDatabaseId;
import org.svyaz.journal.RecordIds;
import org.svyaz.schema.tables.records.DatabaseIdentityRecord;

/**
 * The id of this database, made the first time it is asked for. It is stored with the database's
 * {@link DatabaseFingerprint}; when the application starts (and in any case before the first
 * journal entry) on a database whose fingerprint differs, the database is a copy or a restore,
 * and it takes a new id: two databases making entries under one id would make two different
 * entries with the same (origin_db, origin_seq). Entries already in the journal keep their id.
 */
@Component
class DatabaseIdentity implements DatabaseIdentities, SmartInitializingSingleton, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseIdentity.class);

    private final DSLContext dsl;
    private volatile UUID databaseId;
    private volatile DatabaseFingerprint fingerprint;

    DatabaseIdentity(DSLContext dsl) {
        this.dsl = dsl;
    }

    UUID databaseId() {
        UUID id = databaseId;
        return id != null ? id : verify();
    }

    @Override
    public UUID current() {
        return databaseId();
    }

    /** Checks the database's fingerprint when the application starts, so a copy says so at once. */
    @Override
    public void afterSingletonsInstantiated() {
        databaseId();
    }

    /** Changes an H2 database's marker as it stops, so its files as they are now are older than the marker from the next start on. */
    @Override
    public void destroy() {
        if (databaseId != null && fingerprint != null && fingerprint.markerFile() != null) {
            changeMarker(dsl.select(DATABASE_IDENTITY.MARKER).from(DATABASE_IDENTITY).fetchSingle(DATABASE_IDENTITY.MARKER));
        }
    }

    /** Reads the id, first taking a new one if the fingerprint shows the database to be a copy. */
    private synchronized UUID verify() {
        if (databaseId != null) {
            return databaseId;
        }
        // read outside the transaction: on PostgreSQL, a function the role may not call would end it
        DatabaseFingerprint found = DatabaseFingerprint.of(dsl);
        DatabaseIdentityRecord identity = dsl.transactionResult(transaction -> check(transaction.dsl(), found));
        fingerprint = found;
        if (found.markerFile() != null) {
            changeMarker(identity.getMarker());
        }
        databaseId = identity.getDatabaseId();
        return databaseId;
    }

    /** Forgets the id and checks the fingerprint again, as at a start. */
    synchronized UUID recheck() {
        databaseId = null;
        return verify();
    }

    private DatabaseIdentityRecord check(DSLContext transaction, DatabaseFingerprint found) {
        // the singleton key makes a second server's concurrent insert a no-op; the lock makes it wait for the first's check
        transaction.insertInto(DATABASE_IDENTITY)
                .set(DATABASE_IDENTITY.SINGLETON, 1)
                .set(DATABASE_IDENTITY.DATABASE_ID, RecordIds.next())
                .set(DATABASE_IDENTITY.CREATED_AT, now())
                .set(DATABASE_IDENTITY.FINGERPRINT, found.text())
                .onConflictDoNothing()
                .execute();
        DatabaseIdentityRecord stored = transaction.selectFrom(DATABASE_IDENTITY).forUpdate().fetchSingle();
        String copied = copied(stored, found);
        if (stored.getFingerprint() == null) {
            // a database made before ids had fingerprints: taken as the original
            stored.setFingerprint(found.text());
            transaction.executeUpdate(stored);
        } else if (copied != null) {
            UUID previous = stored.getDatabaseId();
            mint(transaction, stored, found, copied);
            LOG.warn("This database is a copy or restore of database {}: it is now database {} ({})", previous, stored.getDatabaseId(),
                    copied);
        }
        return stored;
    }

    /** Why the stored fingerprint shows this database to be a copy, or null when it does not. */
    private static String copied(DatabaseIdentityRecord stored, DatabaseFingerprint found) {
        if (stored.getFingerprint() == null) {
            return null;
        }
        if (!found.matches(DatabaseFingerprint.parse(stored.getFingerprint()))) {
            return "it was " + stored.getFingerprint() + ", it is " + found.text();
        }
        if (found.markerFile() != null && stored.getMarker() != null) {
            H2MarkerFile marker = new H2MarkerFile(found.markerFile());
            if (!marker.exists()) {
                return found.markerFile() + " is missing";
            }
            if (!marker.matches(stored.getMarker())) {
                return "the database file is older than " + found.markerFile() + ": older files restored over it";
            }
        }
        return null;
    }

    @Override
    public synchronized UUID mintNew(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A new database id needs a reason");
        }
        UUID previous = databaseId();
        DatabaseFingerprint found = DatabaseFingerprint.of(dsl);
        UUID next = dsl.transactionResult(transaction -> {
            DatabaseIdentityRecord stored = transaction.dsl().selectFrom(DATABASE_IDENTITY).forUpdate().fetchSingle();
            mint(transaction.dsl(), stored, found, reason);
            return stored.getDatabaseId();
        });
        databaseId = next;
        LOG.warn("This database was database {}: it is now database {} ({})", previous, next, reason);
        return next;
    }

    private static void mint(DSLContext transaction, DatabaseIdentityRecord stored, DatabaseFingerprint found, String reason) {
        UUID next = RecordIds.next();
        transaction.insertInto(DATABASE_IDENTITY_HISTORY)
                .set(DATABASE_IDENTITY_HISTORY.PREVIOUS_ID, stored.getDatabaseId())
                .set(DATABASE_IDENTITY_HISTORY.NEW_ID, next)
                .set(DATABASE_IDENTITY_HISTORY.MINTED_AT, now())
                .set(DATABASE_IDENTITY_HISTORY.REASON, reason)
                .execute();
        stored.setDatabaseId(next);
        stored.setCreatedAt(now());
        stored.setFingerprint(found.text());
        transaction.executeUpdate(stored);
    }

    /** Gives an H2 file database and its marker file a new token (see {@link H2MarkerFile}). */
    private void changeMarker(String currentToken) {
        H2MarkerFile marker = new H2MarkerFile(fingerprint.markerFile());
        String next = UUID.randomUUID().toString();
        UUID id = dsl.select(DATABASE_IDENTITY.DATABASE_ID).from(DATABASE_IDENTITY).fetchSingle(DATABASE_IDENTITY.DATABASE_ID);
        marker.prepare(currentToken, next, id);
        dsl.update(DATABASE_IDENTITY).set(DATABASE_IDENTITY.MARKER, next).execute();
        marker.settle(next, id);
    }

    @Override
    public List<PreviousDatabaseId> history() {
        return dsl.selectFrom(DATABASE_IDENTITY_HISTORY).orderBy(DATABASE_IDENTITY_HISTORY.MINTED_AT).fetch(row ->
                new PreviousDatabaseId(row.getPreviousId(), row.getNewId(), row.getMintedAt(), row.getReason()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
