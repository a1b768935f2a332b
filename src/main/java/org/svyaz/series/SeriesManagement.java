package org.svyaz.series;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.activities.ActivityTypesMerged;
import org.svyaz.journal.NameClash;
import org.svyaz.series.internal.JooqSeries;
import org.svyaz.series.internal.JooqSeriesRuns;
import org.svyaz.series.internal.SeriesRules;
import org.svyaz.series.internal.SeriesRules.ValidSeries;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.VersionConflict;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.Permissions;
import org.svyaz.users.RecordKind;

/**
 * The series module's API for the series themselves (SPEC S1): listing, creating, changing,
 * duplicating and deleting them. Every user who may write creates series and changes their own;
 * others' series and deleting are as the role matrix ({@link Permissions}) says. Activities
 * already scheduled from a series never change with it.
 */
@Service
public class SeriesManagement implements NameClash.Settler {

    /** How two databases' series of one name are told apart: «name (2)», as a duplicate is named. */
    public static final NameClash NAME_CLASH = new NameClash(NameClash.Suffix.LABEL, SeriesRules.MAX_NAME);

    private static final Logger log = LoggerFactory.getLogger(SeriesManagement.class);

    private final JooqSeries series;
    private final JooqSeriesRuns runs;
    private final SeriesRules rules;
    private final Permissions permissions;

    SeriesManagement(JooqSeries series, JooqSeriesRuns runs, SeriesRules rules, Permissions permissions) {
        this.series = series;
        this.runs = runs;
        this.rules = rules;
        this.permissions = permissions;
    }

    /** What makes two series of one name the same plan, for {@link NameClash#decide}: their description and steps. */
    public static Object clashDefinition(Series plan) {
        return List.of(plan.description().strip(), plan.steps());
    }

    /** Whether a series has this name, as series names compare (whatever their case): the names a clash may not take. */
    public boolean nameTaken(String name) {
        return series.nameTaken(name, null);
    }

    @Override
    public String entity() {
        return "series";
    }

    /**
     * {@link NameClash.Settler}: a series arrived from another database under a name one here
     * has, and took a placeholder; the two are merged or one is renamed, as {@link #NAME_CLASH} decides.
     */
    @Override
    @Transactional
    public void settle(UUID localId, UUID arrivingId, String clashedName) {
        NAME_CLASH.settle(clashedName, localId, clashDefinition(get(localId)), arrivingId, clashDefinition(get(arrivingId)),
                this::nameTaken, this::merge, this::rename);
    }

    /**
     * Carries out a {@link NameClash.Merge}: the runs of {@code absorbedId} move to {@code
     * survivorId}, each a journaled change of the run, then the absorbed series and its steps are
     * deleted. A change synchronization makes, not a user: no permission is asked.
     */
    @Transactional
    public void merge(UUID absorbedId, UUID survivorId) {
        if (absorbedId.equals(survivorId)) {
            throw new IllegalArgumentException("A series does not merge into itself");
        }
        series.get(survivorId);
        series.get(absorbedId);
        runs.replaceSeries(absorbedId, survivorId);
        series.delete(absorbedId);
    }

    /**
     * Carries out a {@link NameClash.Rename}: the series takes a new name, through the journal. A
     * change synchronization makes, not a user.
     *
     * @throws org.svyaz.shell.InvalidInput when the name is blank, too long or another series has it
     */
    @Transactional
    public Series rename(UUID seriesId, String newName) {
        Series current = series.get(seriesId);
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.length() > SeriesRules.MAX_NAME) {
            throw InvalidInput.of("name", "error.required");
        }
        if (series.nameTaken(name, seriesId)) {
            throw InvalidInput.of("name", "error.series.nameTaken", name);
        }
        series.rename(seriesId, name);
        log.warn("Series «{}» ({}) was renamed to «{}»: another database created a series of the same name", current.name(), seriesId,
                name);
        return series.get(seriesId);
    }

    /** The series module's part of a merge of two activity types: its steps move to the surviving type. */
    @EventListener
    void on(ActivityTypesMerged merged) {
        series.replaceStepType(merged.absorbedId(), merged.survivorId());
    }

    /** Every series, by name. */
    public List<Series> all() {
        return series.all();
    }

    /**
     * Refuses the editor of a series the current user may not change.
     *
     * @throws org.svyaz.shell.NotPermitted then
     */
    public void requireMayChange(Series series) {
        permissions.requireMayChange(RecordKind.SERIES, series.createdBy());
    }

    /**
     * Refuses the wizard for a new series to a role that may not create one.
     *
     * @throws org.svyaz.shell.NotPermitted then
     */
    public void requireMayCreate() {
        permissions.requireMayCreate();
    }

    /** @throws SeriesNotFound when there is no such series (or it was deleted) */
    public Series get(UUID seriesId) {
        return series.get(seriesId);
    }

    /**
     * Checks one step as it would be stored (the wizard's step page), defaults filled in.
     *
     * @throws org.svyaz.shell.InvalidInput with every problem, by field ({@code offset.amount})
     */
    public SeriesStep checkStep(SeriesStep step) {
        return rules.checkStep(step);
    }

    /**
     * Creates a series.
     *
     * @throws org.svyaz.shell.InvalidInput with every problem of the fields
     */
    @Transactional
    public Series create(SeriesFields fields) {
        CurrentUser me = permissions.requireMayCreate();
        ValidSeries valid = rules.check(fields, null);
        return series.get(series.insert(valid.name(), valid.description(), valid.steps(), me.id()));
    }

    /**
     * Changes a series' name, description and steps; {@code expectedVersion} null takes whatever
     * version is stored.
     *
     * @throws VersionConflict when it is no longer at {@code expectedVersion}
     */
    @Transactional
    public Series update(UUID seriesId, SeriesFields fields, Long expectedVersion) {
        Series current = series.get(seriesId);
        permissions.requireMayChange(RecordKind.SERIES, current.createdBy());
        ValidSeries valid = rules.check(fields, seriesId);
        series.update(seriesId, valid.name(), valid.description(), valid.steps(),
                expectedVersion == null ? current.version() : expectedVersion);
        return series.get(seriesId);
    }

    /** A copy of the series under the first free name «name (2)», «name (3)»... */
    @Transactional
    public Series duplicate(UUID seriesId) {
        CurrentUser me = permissions.requireMayCreate();
        Series original = series.get(seriesId);
        String name = original.name();
        for (int copy = 2; series.nameTaken(name, null); copy++) {
            String suffix = " (" + copy + ")";
            name = original.name().substring(0, Math.min(original.name().length(), SeriesRules.MAX_NAME - suffix.length())) + suffix;
        }
        return series.get(series.insert(name, original.description(), original.steps(), me.id()));
    }

    /**
     * Deletes a series; its runs stay in the history with the activities they created.
     *
     * @throws VersionConflict when it is no longer at {@code expectedVersion} (null: any version)
     */
    @Transactional
    public void delete(UUID seriesId, Long expectedVersion) {
        Series current = series.get(seriesId);
        permissions.requireMayChange(RecordKind.SERIES, current.createdBy());
        permissions.requireMayDelete(RecordKind.SERIES, current.createdBy());
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw new VersionConflict();
        }
        series.delete(seriesId);
    }
}
