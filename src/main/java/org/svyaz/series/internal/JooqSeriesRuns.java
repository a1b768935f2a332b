package org.svyaz.series.internal;

import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.SERIES_RUN;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.SeriesRunRecord;
import org.svyaz.series.SeriesRunNotFound;

/** The runs of series, and the contacts of a run's target read in batches. */
@Repository
public class JooqSeriesRuns {

    private static final String ENTITY = "seriesRun";

    private final DSLContext dsl;
    private final JournaledWrites writes;

    JooqSeriesRuns(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    /** What a new run is: its series, start, owner, scheduler and target. */
    public record NewRun(UUID id, UUID seriesId, String seriesName, LocalDate startDate, UUID ownerId, UUID scheduledBy,
            String targetKind, String targetName) {
    }

    /** How many contacts the condition (on the contact table) selects. */
    public long countContacts(Condition contacts) {
        return dsl.fetchCount(CONTACT, contacts);
    }

    public void insert(NewRun run, int contacts, int activities) {
        SeriesRunRecord record = dsl.newRecord(SERIES_RUN);
        record.setId(run.id());
        record.setSeriesId(run.seriesId());
        record.setSeriesName(run.seriesName());
        record.setStartDate(run.startDate());
        record.setOwnerId(run.ownerId());
        record.setScheduledBy(run.scheduledBy());
        record.setTargetKind(run.targetKind());
        record.setTargetName(run.targetName());
        record.setContacts(contacts);
        record.setActivities(activities);
        record.setScheduledAt(OffsetDateTime.now(ZoneOffset.UTC));
        writes.insert(ENTITY, record, run.seriesId());
    }

    /** The series' runs, the latest first. */
    public List<SeriesRunRecord> ofSeries(UUID seriesId) {
        return dsl.selectFrom(SERIES_RUN).where(SERIES_RUN.SERIES_ID.eq(seriesId))
                .orderBy(SERIES_RUN.SCHEDULED_AT.desc(), SERIES_RUN.ID.desc()).fetch();
    }

    public Optional<SeriesRunRecord> find(UUID runId) {
        return dsl.selectFrom(SERIES_RUN).where(SERIES_RUN.ID.eq(runId)).fetchOptional();
    }

    public SeriesRunRecord get(UUID runId) {
        return find(runId).orElseThrow(SeriesRunNotFound::new);
    }

    /** Moves every run of one series to another (a merge of two series), each a journaled change of the run. */
    public void replaceSeries(UUID fromSeriesId, UUID toSeriesId) {
        for (SeriesRunRecord run : ofSeries(fromSeriesId)) {
            long version = run.getVersion();
            run.setSeriesId(toSeriesId);
            writes.update(ENTITY, run, version, toSeriesId);
        }
    }

    public void markUndone(SeriesRunRecord run) {
        run.setUndoneAt(OffsetDateTime.now(ZoneOffset.UTC));
        writes.update(ENTITY, run, run.getVersion(), run.getSeriesId());
    }
}
