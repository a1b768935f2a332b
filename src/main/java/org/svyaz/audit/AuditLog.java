package org.svyaz.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.audit.internal.AuditCursor;
import org.svyaz.audit.internal.ShownValues;
import org.svyaz.customfields.CustomField;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.journal.Journal;
import org.svyaz.journal.JournalEntry;
import org.svyaz.journal.JournalFilter;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.JournalPosition;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.ListJson;
import org.svyaz.shell.NotPermitted;
import org.svyaz.users.Permission;
import org.svyaz.users.AuditTrail;
import org.svyaz.users.SecurityEvent;
import org.svyaz.users.SecurityEventFilter;
import org.svyaz.users.SecurityEventPosition;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * The audit log (SPEC U4), for administrators: the change journal and the security events (log-ins,
 * failed log-ins, lockouts, password changes, exports) as one timeline, newest first, each page
 * read from both sources past where the last one stopped and merged. Values of records the viewer
 * may not see now are hidden (see {@link ShownValues}).
 */
@Service
public class AuditLog {

    private final Journal journal;
    private final AuditTrail trail;
    private final UserManagement users;
    private final ShownValues shownValues;
    private final CustomFieldManagement customFields;

    AuditLog(Journal journal, AuditTrail trail, UserManagement users, ShownValues shownValues, CustomFieldManagement customFields) {
        this.customFields = customFields;
        this.journal = journal;
        this.trail = trail;
        this.users = users;
        this.shownValues = shownValues;
    }

    /**
     * A page of the entries the filter selects, newest first.
     *
     * @param after the cursor of the previous page ({@link AuditPage#next()}), or null for the newest
     * @throws NotPermitted unless the current user is an administrator
     * @throws InvalidInput for a limit out of range or a cursor this log did not write
     */
    @Transactional(readOnly = true)
    public AuditPage page(AuditFilter filter, String after, int limit) {
        if (!users.current().may(Permission.VIEW_AUDIT)) {
            throw NotPermitted.forRole();
        }
        if (limit < 1 || limit > ListJson.MAX_LIMIT) {
            throw InvalidInput.of("limit", "error.limit", ListJson.MAX_LIMIT);
        }
        AuditCursor cursor = AuditCursor.parse(after);
        Optional<JournalFilter> changes = changesFilter(filter);
        Optional<SecurityEventFilter> events = eventsFilter(filter);
        List<JournalEntry> entries = changes.map(f -> journal.entries(f, cursor.journal(), limit + 1)).orElse(List.of());
        List<SecurityEvent> knocks = events.map(f -> trail.events(f, cursor.security(), limit + 1)).orElse(List.of());
        long total = changes.map(journal::count).orElse(0L) + events.map(trail::count).orElse(0L);
        return merged(entries, knocks, cursor, limit, total);
    }

    private AuditPage merged(List<JournalEntry> entries, List<SecurityEvent> knocks, AuditCursor cursor, int limit, long total) {
        ShownValues.Shown shown = shownValues.of(entries);
        Map<UUID, String> names = users.userNames(entries.stream().map(JournalEntry::userId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<UUID, CustomField> fields = customFieldsOf(entries);
        List<AuditEntry> page = new ArrayList<>();
        int change = 0;
        int knock = 0;
        while (page.size() < limit && (change < entries.size() || knock < knocks.size())) {
            boolean changeIsNewer = knock == knocks.size()
                    || change < entries.size() && !entries.get(change).changedAt().isBefore(knocks.get(knock).at());
            if (changeIsNewer) {
                page.add(toEntry(entries.get(change++), shown, names, fields));
            } else {
                page.add(toEntry(knocks.get(knock++)));
            }
        }
        boolean more = change < entries.size() || knock < knocks.size();
        JournalPosition journalAt = change > 0 ? JournalPosition.of(entries.get(change - 1)) : cursor.journal();
        SecurityEventPosition securityAt = knock > 0 ? SecurityEventPosition.of(knocks.get(knock - 1)) : cursor.security();
        return new AuditPage(total, page, more ? new AuditCursor(journalAt, securityAt).text() : null);
    }

    private static AuditEntry toEntry(JournalEntry entry, ShownValues.Shown shown, Map<UUID, String> names, Map<UUID, CustomField> fields) {
        String field = entry.field();
        String label = field;
        Optional<CustomField> custom = CustomField.idInJournalName(field).map(fields::get);
        if (custom.isPresent()) {
            // the journal names a custom value by the field's id; the log shows the field as it is called now
            field = custom.get().qualifiedName();
            label = custom.get().labelIn(LocaleContextHolder.getLocale());
        }
        return new AuditEntry(entry.changedAt(), AuditKind.ofChange(entry.entity(), entry.field(), entry.operation()),
                entry.userId() == null ? null : names.get(entry.userId()), entry.entity(), entry.recordId(), field,
                entry.operation().name(), shown.value(entry), shown.hidden(entry), null, label);
    }

    /** The custom fields the entries' values belong to, by id; a field deleted since is missing. */
    private Map<UUID, CustomField> customFieldsOf(List<JournalEntry> entries) {
        if (entries.stream().noneMatch(entry -> CustomField.idInJournalName(entry.field()).isPresent())) {
            return Map.of();
        }
        return CustomFieldManagement.ENTITIES.stream().flatMap(entity -> customFields.fieldsOf(entity).stream())
                .collect(Collectors.toMap(CustomField::id, Function.identity()));
    }

    private static AuditEntry toEntry(SecurityEvent event) {
        return new AuditEntry(event.at(), AuditKind.of(event.kind()), event.userName(), event.entity(), event.recordId(), null,
                null, event.detail(), false, event.address(), null);
    }

    /** The journal's part of the filter, or empty when the filter selects no changes. */
    private Optional<JournalFilter> changesFilter(AuditFilter filter) {
        AuditKind kind = filter.kind();
        boolean roles = kind == AuditKind.ROLE_CHANGED;
        if (kind != null && !kind.isChange() || roles && filter.entity() != null && !AuditKind.USER_ENTITY.equals(filter.entity())) {
            return Optional.empty();
        }
        UUID userId = null;
        if (filter.userName() != null) {
            Optional<User> user = users.byUserName(filter.userName());
            if (user.isEmpty()) {
                return Optional.empty();
            }
            userId = user.get().id();
        }
        Set<JournalOperation> operations = kind == null ? Set.of() : kind.operations();
        if (roles) {
            return Optional.of(new JournalFilter(userId, AuditKind.USER_ENTITY, filter.recordId(), AuditKind.ROLE_FIELD, operations,
                    null, null, filter.from(), filter.until()));
        }
        // a role change is a kind of its own, so "changed" leaves it out
        boolean withoutRoles = kind == AuditKind.CHANGED;
        return Optional.of(new JournalFilter(userId, filter.entity(), filter.recordId(), null, operations,
                withoutRoles ? AuditKind.USER_ENTITY : null, withoutRoles ? AuditKind.ROLE_FIELD : null, filter.from(), filter.until()));
    }

    /** The security events' part of the filter, or empty when the filter selects none. */
    private static Optional<SecurityEventFilter> eventsFilter(AuditFilter filter) {
        AuditKind kind = filter.kind();
        if (kind != null && kind.isChange()) {
            return Optional.empty();
        }
        return Optional.of(new SecurityEventFilter(filter.userName(), kind == null ? Set.of() : Set.of(kind.securityKind()),
                filter.entity(), filter.recordId(), filter.from(), filter.until()));
    }
}
