package org.svyaz.customfields.internal;

import org.svyaz.customfields.CustomFieldManagement;
import static org.svyaz.schema.Tables.CUSTOM_FIELD;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.svyaz.journal.JournaledEntity;

/** What the journal needs to know of this module's entities (journal/README.md). */
@Configuration(proxyBeanMethods = false)
class CustomFieldsJournal {

    @Bean
    JournaledEntity customFieldEntity() {
        return JournaledEntity.of("customField", CUSTOM_FIELD)
                .uniqueName("fieldName", CustomFieldManagement.NAME_CLASH, CUSTOM_FIELD.ENTITY, CUSTOM_FIELD.FIELD_NAME);
    }
}
