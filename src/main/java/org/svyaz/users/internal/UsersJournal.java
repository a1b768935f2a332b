package org.svyaz.users.internal;

import org.svyaz.users.UserNameClashes;
import static org.svyaz.schema.Tables.API_TOKEN;
import static org.svyaz.schema.Tables.APP_USER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.svyaz.journal.JournaledEntity;

/** What the journal needs to know of this module's entities (journal/README.md). */
@Configuration(proxyBeanMethods = false)
class UsersJournal {

    /** A user moves between databases, their password does not: each database keeps its own credentials. */
    @Bean
    JournaledEntity userEntity() {
        return JournaledEntity.of(JooqUsers.ENTITY, APP_USER)
                .secret(APP_USER.PASSWORD_HASH)
                .localOnly(APP_USER.MUST_CHANGE_PASSWORD, APP_USER.CREDENTIALS_CHANGED_AT)
                .uniqueName("userName", UserNameClashes.NAME_CLASH);
    }

    /** An API token opens this database only: nothing of it leaves. */
    @Bean
    JournaledEntity apiTokenEntity() {
        return JournaledEntity.of("apiToken", API_TOKEN)
                .secret(API_TOKEN.TOKEN_HASH)
                .localOnly(API_TOKEN.USER_ID, API_TOKEN.TOKEN_NAME, API_TOKEN.SCOPE, API_TOKEN.EXPIRES_AT);
    }
}
