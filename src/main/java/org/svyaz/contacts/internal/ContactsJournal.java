package org.svyaz.contacts.internal;

import org.svyaz.contacts.ContactStatuses;
import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.CONTACT_STATUS;

import org.svyaz.schema.tables.records.ContactRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.svyaz.journal.JournaledEntity;

/** What the journal needs to know of this module's entities (journal/README.md). */
@Configuration(proxyBeanMethods = false)
class ContactsJournal {

    @Bean
    JournaledEntity contactEntity() {
        return JournaledEntity.of(JooqContacts.ENTITY, CONTACT).derived(row -> JooqContacts.applySearchKeys((ContactRecord) row));
    }

    @Bean
    JournaledEntity contactStatusEntity() {
        return JournaledEntity.of("contactStatus", CONTACT_STATUS).uniqueName("code", ContactStatuses.NAME_CLASH);
    }
}
