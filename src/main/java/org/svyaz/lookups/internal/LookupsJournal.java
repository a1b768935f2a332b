package org.svyaz.lookups.internal;

import static org.svyaz.schema.Tables.SAVED_LOOKUP;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.svyaz.journal.JournaledEntity;

/** What the journal needs to know of this module's entities (journal/README.md). */
@Configuration(proxyBeanMethods = false)
class LookupsJournal {

    @Bean
    JournaledEntity savedLookupEntity() {
        return JournaledEntity.of("savedLookup", SAVED_LOOKUP);
    }
}
