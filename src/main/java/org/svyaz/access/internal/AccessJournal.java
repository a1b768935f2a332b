package org.svyaz.access.internal;

import static org.svyaz.schema.Tables.TEAM;

import org.svyaz.shell.SearchKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.svyaz.journal.JournaledEntity;

/** What the journal needs to know of this module's entities (journal/README.md). */
@Configuration(proxyBeanMethods = false)
class AccessJournal {

    @Bean
    JournaledEntity teamEntity() {
        return JournaledEntity.of(JooqTeams.ENTITY, TEAM).derived(row -> row.set(TEAM.NAME_SEARCH, SearchKeys.text(row.get(TEAM.TEAM_NAME))));
    }
}
