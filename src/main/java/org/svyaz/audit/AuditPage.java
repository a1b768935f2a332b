package org.svyaz.audit;

import java.util.List;

/**
 * One page of the audit log, newest first.
 *
 * @param total how many entries the filter selects in all
 * @param next the cursor of the next (older) page, or null when this is the last
 */
public record AuditPage(long total, List<AuditEntry> entries, String next) {
}
