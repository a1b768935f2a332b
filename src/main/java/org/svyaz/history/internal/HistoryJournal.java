package org.svyaz.history.internal;

import static org.svyaz.schema.Tables.HISTORY_ITEM;
import static org.svyaz.schema.Tables.NOTE;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.svyaz.journal.JournaledEntity;

/**
 * What the journal needs to know of this module's entities (journal/README.md): notes and history
 * items belong to their contact or group, and go with it.
 */
@Configuration(proxyBeanMethods = false)
class HistoryJournal {

    @Bean
    JournaledEntity noteEntity() {
        return JournaledEntity.of("note", NOTE).belongsTo("contact", NOTE.CONTACT_ID).belongsTo("group", NOTE.GROUP_ID);
    }

    @Bean
    JournaledEntity historyEntity() {
        return JournaledEntity.of("history", HISTORY_ITEM).belongsTo("contact", HISTORY_ITEM.CONTACT_ID)
                .belongsTo("group", HISTORY_ITEM.GROUP_ID);
    }
}
