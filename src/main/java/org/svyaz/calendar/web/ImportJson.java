package org.svyaz.calendar.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.svyaz.calendar.ContactIcs.ImportResult;
import org.svyaz.calendar.ContactIcs.ImportedEvent;

/** An import's outcome over the API, times written as the activities API writes them (HH:mm). */
record ImportJson(boolean preview, int created, int updated, int removed, List<EventJson> events) {

    static ImportJson of(ImportResult result) {
        return new ImportJson(result.preview(), result.created(), result.updated(), result.removed(),
                result.events().stream().map(EventJson::of).toList());
    }

    record EventJson(String uid, String summary, LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime time,
            Integer durationMinutes, int occurrences, int created, int updated, int removed, List<String> errors, List<String> notes) {

        static EventJson of(ImportedEvent event) {
            return new EventJson(event.uid(), event.summary(), event.date(), event.time(), event.durationMinutes(), event.occurrences(),
                    event.created(), event.updated(), event.removed(), event.errors(), event.notes());
        }
    }
}
