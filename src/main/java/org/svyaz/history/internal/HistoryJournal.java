package org.svyaz.history.internal;

import static org.svyaz.schema.Tables.HISTORY_ITEM;
import static org.svyaz.schema.Tables.NOTE;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.svyaz.journal.JournaledEntity;

/** What the journal needs to know of this module's entities (journal/README.md). */
@Configuration(proxyBeanMethods = false)
class HistoryJournal {

    @Bean
    JournaledEntity noteEntity() {
        return JournaledEntity.of("note", NOTE);
    }

    @Bean
    JournaledEntity historyEntity() {
        return JournaledEntity.of("history", HISTORY_ITEM);
    }
}
