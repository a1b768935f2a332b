package org.svyaz.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import org.svyaz.journal.JournalPosition;
import org.svyaz.shell.InvalidInput;
import org.svyaz.users.SecurityEventPosition;

/**
 * Where a page of the audit log ended, in each of its two sources: the last journal entry and the
 * last security event shown (either null when none was shown yet). Opaque to clients.
 */
public record AuditCursor(JournalPosition journal, SecurityEventPosition security) {

    private static final String NONE = "-";

    public static AuditCursor start() {
        return new AuditCursor(null, null);
    }

    /** @throws InvalidInput naming {@code after} when the text is no cursor this class wrote */
    public static AuditCursor parse(String text) {
        if (text == null || text.isEmpty()) {
            return start();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(" ", -1);
            if (parts.length != 4) {
                throw InvalidInput.of("after", "error.cursor");
            }
            JournalPosition journal = NONE.equals(parts[0]) ? null : new JournalPosition(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            SecurityEventPosition security = NONE.equals(parts[2]) ? null
                    : new SecurityEventPosition(Instant.parse(parts[2]), UUID.fromString(parts[3]));
            return new AuditCursor(journal, security);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw InvalidInput.of("after", "error.cursor");
        }
    }

    public String text() {
        String journalPart = journal == null ? NONE + " " + NONE : journal.hlc() + " " + journal.seq();
        String securityPart = security == null ? NONE + " " + NONE : security.at() + " " + security.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString((journalPart + " " + securityPart).getBytes(StandardCharsets.UTF_8));
    }
}
