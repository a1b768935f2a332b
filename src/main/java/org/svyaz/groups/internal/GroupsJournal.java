package org.svyaz.groups.internal;

import static org.svyaz.schema.Tables.CONTACT_GROUP;

import org.svyaz.shell.SearchKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.svyaz.journal.JournaledEntity;

/** What the journal needs to know of this module's entities (journal/README.md). */
@Configuration(proxyBeanMethods = false)
class GroupsJournal {

    @Bean
    JournaledEntity groupEntity() {
        return JournaledEntity.of(JooqGroups.ENTITY, CONTACT_GROUP)
                .derived(row -> row.set(CONTACT_GROUP.GROUP_NAME_SEARCH, SearchKeys.text(row.get(CONTACT_GROUP.GROUP_NAME))));
    }
}
