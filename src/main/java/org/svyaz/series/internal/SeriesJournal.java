package org.svyaz.series.internal;

import org.svyaz.series.SeriesManagement;
import static org.svyaz.schema.Tables.SERIES;
import static org.svyaz.schema.Tables.SERIES_RUN;
import static org.svyaz.schema.Tables.SERIES_STEP;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.svyaz.journal.JournaledEntity;

/** What the journal needs to know of this module's entities (journal/README.md). */
@Configuration(proxyBeanMethods = false)
class SeriesJournal {

    @Bean
    JournaledEntity seriesEntity() {
        return JournaledEntity.of("series", SERIES).derived(row -> row.set(SERIES.NAME_SEARCH, JooqSeries.nameKey(row.get(SERIES.NAME))))
                .uniqueName("name", SeriesManagement.NAME_CLASH, SERIES.NAME_SEARCH);
    }

    @Bean
    JournaledEntity seriesStepEntity() {
        // a step goes with its series; a run outlives it, keeping its name
        return JournaledEntity.of("seriesStep", SERIES_STEP).belongsTo("series", SERIES_STEP.SERIES_ID);
    }

    @Bean
    JournaledEntity seriesRunEntity() {
        return JournaledEntity.of("seriesRun", SERIES_RUN);
    }
}
