package org.svyaz.documents.internal;

import static org.svyaz.schema.Tables.DOCUMENT;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.svyaz.journal.JournaledEntity;

/** What the journal needs to know of this module's entities (journal/README.md): a document goes with its contact or group. */
@Configuration(proxyBeanMethods = false)
class DocumentsJournal {

    @Bean
    JournaledEntity documentEntity() {
        return JournaledEntity.of("document", DOCUMENT).belongsTo("contact", DOCUMENT.CONTACT_ID).belongsTo("group", DOCUMENT.GROUP_ID);
    }
}
