package org.svyaz.documents.internal;

import static org.svyaz.schema.Tables.DOCUMENT;
import static org.svyaz.schema.Tables.DOCUMENT_CHUNK;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Repository;
import org.svyaz.journal.RetainedContent;

/**
 * The bytes of documents, in chunks keyed by the content's SHA-256. Content is immutable and
 * named by its hash, so it needs no journal of its own: the document record that points to it
 * is journaled, and the bytes travel by hash.
 */
@Repository
public class DocumentContents implements RetainedContent {

    static final int CHUNK_SIZE = 256 * 1024;
    /** The journal's name for document records, whose entries name the content's hash. */
    private static final String DOCUMENT_ENTITY = "document";

    private final DSLContext dsl;

    DocumentContents(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Stores the content under its hash unless it is stored already.
     *
     * @return the number of bytes the content has, counted up to one past {@code limit}
     */
    public long store(String sha256, InputStreamSource source, long limit) {
        boolean stored = lockFirstChunk(sha256);
        long total = 0;
        try (InputStream in = source.getInputStream()) {
            int chunkNo = 0;
            byte[] chunk;
            do {
                chunk = in.readNBytes(CHUNK_SIZE);
                total += chunk.length;
                if (total > limit) {
                    return total;
                }
                if (!stored && (chunk.length > 0 || chunkNo == 0)) {
                    dsl.insertInto(DOCUMENT_CHUNK)
                            .set(DOCUMENT_CHUNK.SHA256, sha256)
                            .set(DOCUMENT_CHUNK.CHUNK_NO, chunkNo)
                            .set(DOCUMENT_CHUNK.DATA, chunk)
                            .onConflictDoNothing()
                            .execute();
                }
                chunkNo++;
            } while (chunk.length == CHUNK_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    /** Writes the content, one chunk in memory at a time. */
    public void write(String sha256, OutputStream out) {
        int chunks = dsl.fetchCount(DOCUMENT_CHUNK, DOCUMENT_CHUNK.SHA256.eq(sha256));
        try {
            for (int chunkNo = 0; chunkNo < chunks; chunkNo++) {
                byte[] data = dsl.select(DOCUMENT_CHUNK.DATA).from(DOCUMENT_CHUNK)
                        .where(DOCUMENT_CHUNK.SHA256.eq(sha256)).and(DOCUMENT_CHUNK.CHUNK_NO.eq(chunkNo))
                        .fetchSingle(DOCUMENT_CHUNK.DATA);
                out.write(data);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String description() {
        return "document bytes";
    }

    /**
     * Removes content that no document points to and no journal entry about a document names
     * (its CREATE names the hash): a synchronization partner that has not yet applied the entry
     * will ask for the bytes, and the journal keeps the entry until partners have confirmed it.
     */
    @Override
    public long removeUnreferenced(JournalMentions journal) {
        List<String> unused = dsl.select(DOCUMENT_CHUNK.SHA256).from(DOCUMENT_CHUNK)
                .where(DOCUMENT_CHUNK.CHUNK_NO.eq(0))
                .andNotExists(DSL.selectOne().from(DOCUMENT).where(DOCUMENT.SHA256.eq(DOCUMENT_CHUNK.SHA256)))
                .fetch(DOCUMENT_CHUNK.SHA256);
        long freed = 0;
        for (String sha256 : unused) {
            freed += dsl.transactionResult(transaction -> removeIfUnreferenced(sha256, journal));
        }
        return freed;
    }

    private long removeIfUnreferenced(String sha256, JournalMentions journal) {
        if (!lockFirstChunk(sha256) || dsl.fetchExists(DOCUMENT, DOCUMENT.SHA256.eq(sha256)) || journal.mentions(DOCUMENT_ENTITY, sha256)) {
            return 0;
        }
        Long bytes = dsl.select(DSL.sum(DSL.field("octet_length({0})", Long.class, DOCUMENT_CHUNK.DATA)).cast(Long.class)).from(DOCUMENT_CHUNK)
                .where(DOCUMENT_CHUNK.SHA256.eq(sha256)).fetchOne(0, Long.class);
        dsl.deleteFrom(DOCUMENT_CHUNK).where(DOCUMENT_CHUNK.SHA256.eq(sha256)).execute();
        return bytes == null ? 0 : bytes;
    }

    /**
     * Locks stored content until the transaction ends, so that attaching the same content again
     * and removing it cannot cross: one waits for the other and then sees the
     * new document, or the content gone and stores it anew.
     *
     * @return whether the content is stored
     */
    private boolean lockFirstChunk(String sha256) {
        return dsl.select(DOCUMENT_CHUNK.CHUNK_NO).from(DOCUMENT_CHUNK)
                .where(DOCUMENT_CHUNK.SHA256.eq(sha256)).and(DOCUMENT_CHUNK.CHUNK_NO.eq(0))
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }
}
