package org.svyaz.series.internal;

import static org.svyaz.schema.Tables.SERIES;
import static org.svyaz.schema.Tables.SERIES_STEP;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.svyaz.activities.ActivityTypeManagement;
import org.svyaz.activities.Priority;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.SeriesRecord;
import org.svyaz.schema.tables.records.SeriesStepRecord;
import org.svyaz.series.OffsetUnit;
import org.svyaz.series.Series;
import org.svyaz.series.SeriesNotFound;
import org.svyaz.series.SeriesStep;
import org.svyaz.series.StepOffset;
import org.svyaz.series.WeekendRule;
import org.svyaz.shell.VersionConflict;

/** Series and their steps in their tables; every write goes through the journal. */
@Repository
public class JooqSeries {

    private static final String ENTITY = "series";
    private static final String STEP_ENTITY = "seriesStep";

    private final DSLContext dsl;
    private final JournaledWrites writes;
    private final ActivityTypeManagement types;

    JooqSeries(DSLContext dsl, JournaledWrites writes, ActivityTypeManagement types) {
        this.dsl = dsl;
        this.writes = writes;
        this.types = types;
    }

    /** The name as two series may not share it, however it is written. */
    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Every series by name, with its steps. */
    public List<Series> all() {
        Map<UUID, List<SeriesStep>> steps = dsl.selectFrom(SERIES_STEP).orderBy(SERIES_STEP.SERIES_ID, SERIES_STEP.POSITION).fetch()
                .stream().collect(Collectors.groupingBy(SeriesStepRecord::getSeriesId,
                        Collectors.mapping(this::toStep, Collectors.toList())));
        return dsl.selectFrom(SERIES).orderBy(SERIES.NAME_SEARCH, SERIES.ID).fetch().stream()
                .map(series -> toSeries(series, steps.getOrDefault(series.getId(), List.of())))
                .toList();
    }

    public Optional<Series> find(UUID seriesId) {
        return dsl.selectFrom(SERIES).where(SERIES.ID.eq(seriesId)).fetchOptional()
                .map(series -> toSeries(series, stepsOf(seriesId)));
    }

    public Series get(UUID seriesId) {
        return find(seriesId).orElseThrow(SeriesNotFound::new);
    }

    /** Whether another series than {@code exceptId} (null: any) has this name. */
    public boolean nameTaken(String name, UUID exceptId) {
        return dsl.fetchExists(SERIES, SERIES.NAME_SEARCH.eq(nameKey(name)).and(exceptId == null ? SERIES.ID.isNotNull()
                : SERIES.ID.ne(exceptId)));
    }

    public UUID insert(String name, String description, List<SeriesStep> steps, UUID createdBy) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SeriesRecord series = dsl.newRecord(SERIES);
        setFields(series, name, description);
        series.setCreatedAt(now);
        series.setUpdatedAt(now);
        series.setCreatedBy(createdBy);
        UUID seriesId = writes.insert(ENTITY, series, null).getId();
        insertSteps(seriesId, steps);
        return seriesId;
    }

    /**
     * Writes the series' new name, description and steps, provided it is still at the expected version.
     *
     * @throws VersionConflict when someone changed it since
     */
    public void update(UUID seriesId, String name, String description, List<SeriesStep> steps, long expectedVersion) {
        SeriesRecord series = dsl.selectFrom(SERIES).where(SERIES.ID.eq(seriesId)).fetchOptional().orElseThrow(SeriesNotFound::new);
        if (series.getVersion() != expectedVersion) {
            throw new VersionConflict();
        }
        setFields(series, name, description);
        series.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        if (!writes.update(ENTITY, series, expectedVersion, null)) {
            // only the steps changed, which live in their own rows: the series still moves to its next version
            writes.touch(ENTITY, series, expectedVersion);
        }
        deleteSteps(seriesId);
        insertSteps(seriesId, steps);
    }

    /** Gives a series a new name (a clash of two databases' names), through the journal. */
    public void rename(UUID seriesId, String name) {
        SeriesRecord series = dsl.selectFrom(SERIES).where(SERIES.ID.eq(seriesId)).fetchOptional().orElseThrow(SeriesNotFound::new);
        long version = series.getVersion();
        setFields(series, name, series.getDescription());
        writes.update(ENTITY, series, version, null);
    }

    /** Moves every step of one activity type to another (a merge of two types), each a journaled change of the step. */
    public void replaceStepType(UUID fromTypeId, UUID toTypeId) {
        for (SeriesStepRecord step : dsl.selectFrom(SERIES_STEP).where(SERIES_STEP.TYPE_ID.eq(fromTypeId)).fetch()) {
            long version = step.getVersion();
            step.setTypeId(toTypeId);
            writes.update(STEP_ENTITY, step, version, step.getSeriesId());
        }
    }

    public void delete(UUID seriesId) {
        SeriesRecord series = dsl.selectFrom(SERIES).where(SERIES.ID.eq(seriesId)).fetchOptional().orElseThrow(SeriesNotFound::new);
        deleteSteps(seriesId);
        writes.delete(ENTITY, series, null);
    }

    private List<SeriesStep> stepsOf(UUID seriesId) {
        return dsl.selectFrom(SERIES_STEP).where(SERIES_STEP.SERIES_ID.eq(seriesId)).orderBy(SERIES_STEP.POSITION).fetch()
                .map(this::toStep);
    }

    private void deleteSteps(UUID seriesId) {
        dsl.selectFrom(SERIES_STEP).where(SERIES_STEP.SERIES_ID.eq(seriesId)).fetch()
                .forEach(step -> writes.delete(STEP_ENTITY, step, seriesId));
    }

    private void insertSteps(UUID seriesId, List<SeriesStep> steps) {
        List<SeriesStepRecord> records = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            SeriesStep step = steps.get(i);
            SeriesStepRecord record = dsl.newRecord(SERIES_STEP);
            record.setSeriesId(seriesId);
            record.setPosition(i);
            record.setTypeId(types.idOf(step.type()));
            record.setDurationMinutes(step.durationMinutes());
            record.setPriority(step.priority().name());
            record.setRegarding(step.regarding());
            record.setOffsetAmount(step.offset().amount());
            record.setOffsetUnit(step.offset().unit().name());
            record.setAlarmMinutes(step.alarmMinutesBefore());
            record.setWeekendRule(step.weekendRule().name());
            records.add(record);
        }
        writes.insertAll(STEP_ENTITY, records, SeriesStepRecord::getSeriesId);
    }

    private static void setFields(SeriesRecord series, String name, String description) {
        series.setName(name);
        series.setNameSearch(nameKey(name));
        series.setDescription(description);
    }

    private static Series toSeries(SeriesRecord r, List<SeriesStep> steps) {
        return new Series(r.getId(), r.getName(), r.getDescription(), steps, r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedAt(),
                r.getVersion());
    }

    private SeriesStep toStep(SeriesStepRecord r) {
        return new SeriesStep(types.codeOf(r.getTypeId()), r.getDurationMinutes(), Priority.valueOf(r.getPriority()), r.getRegarding(),
                new StepOffset(r.getOffsetAmount(), OffsetUnit.valueOf(r.getOffsetUnit())), r.getAlarmMinutes(),
                WeekendRule.valueOf(r.getWeekendRule()));
    }
}
