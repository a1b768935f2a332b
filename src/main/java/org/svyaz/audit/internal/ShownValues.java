package org.svyaz.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.documents.DocumentManagement;
import org.svyaz.groups.GroupManagement;
import org.svyaz.history.HistoryManagement;
import org.svyaz.history.NoteManagement;
import org.svyaz.journal.JournalEntry;

/**
 * Which journaled values the viewer may see (SPEC U4: the audit log shows who changed what and
 * when, never content the viewer could not see). A value of a record users may hold private (a
 * contact, a note, a history item, an activity, a group, a document) is shown only when the module
 * that owns it says the viewer may see that record now; one that was deleted since is not. Values
 * of the shared set-up (users, custom fields, statuses, activity types, series, calendar grants)
 * are shown, but for secrets. Anything else (API tokens, saved lookups, a user's task-list filter,
 * entities added later) is hidden until someone decides otherwise.
 */
@Component
public class ShownValues {

    private static final Set<String> SHARED = Set.of("user", "customField", "contactStatus", "activityType", "calendarGrant",
            "activitySeries", "series", "seriesStep", "seriesRun", "team");
    private static final Set<String> SECRET_FIELDS = Set.of("passwordHash", "tokenHash");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Function<Collection<UUID>, Set<UUID>>> visibleIdsByEntity;

    ShownValues(ContactManagement contacts, NoteManagement notes, HistoryManagement history, ActivityManagement activities,
            GroupManagement groups, DocumentManagement documents) {
        visibleIdsByEntity = Map.of(
                "contact", contacts::visibleIds,
                "note", notes::visibleIds,
                "history", history::visibleIds,
                "activity", activities::visibleIds,
                "group", groups::visibleIds,
                "document", documents::visibleIds);
    }

    /** The values of a page of entries as the current user may see them: null where there is none or it is hidden. */
    public Shown of(List<JournalEntry> entries) {
        Map<String, Set<UUID>> visible = new HashMap<>();
        entries.stream().filter(entry -> visibleIdsByEntity.containsKey(entry.entity()))
                .collect(Collectors.groupingBy(JournalEntry::entity, Collectors.mapping(JournalEntry::recordId, Collectors.toSet())))
                .forEach((entity, ids) -> visible.put(entity, visibleIdsByEntity.get(entity).apply(ids)));
        return new Shown(visible);
    }

    /** The answer for one page: which of its records the viewer may see. */
    public static final class Shown {

        private final Map<String, Set<UUID>> visible;

        private Shown(Map<String, Set<UUID>> visible) {
            this.visible = visible;
        }

        /** Whether the entry has a value the viewer may not see. */
        public boolean hidden(JournalEntry entry) {
            return entry.value() != null && value(entry) == null;
        }

        /** The entry's value as the viewer may see it, or null. */
        public String value(JournalEntry entry) {
            if (entry.value() == null || SECRET_FIELDS.contains(entry.field())) {
                return null;
            }
            if (SHARED.contains(entry.entity())) {
                return withoutSecrets(entry.value());
            }
            return visible.getOrDefault(entry.entity(), Set.of()).contains(entry.recordId()) ? entry.value() : null;
        }

        /** A creation's value is an object of all fields: a user's carries the password hash. */
        private static String withoutSecrets(String value) {
            if (!value.startsWith("{")) {
                return value;
            }
            try {
                JsonNode fields = JSON.readTree(value);
                if (fields instanceof ObjectNode object && SECRET_FIELDS.stream().anyMatch(object::has)) {
                    object.remove(SECRET_FIELDS);
                    return JSON.writeValueAsString(object);
                }
                return value;
            } catch (JsonProcessingException e) {
                return value;
            }
        }
    }
}
