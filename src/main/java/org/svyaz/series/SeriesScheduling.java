package org.svyaz.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.activities.ActivityRuns;
import org.svyaz.activities.PlannedActivity;
import org.svyaz.journal.RecordIds;
import org.svyaz.schema.tables.records.SeriesRunRecord;
import org.svyaz.series.internal.JooqSeries;
import org.svyaz.series.internal.JooqSeriesRuns;
import org.svyaz.series.internal.JooqSeriesRuns.NewRun;
import org.svyaz.series.internal.Targets;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;
import org.svyaz.users.UserManagement;

/**
 * The series module's API for scheduling (SPEC S2): a preview of what a run would create, the
 * run itself (all or nothing, in one transaction, the activities written by set-based statements), a series' history of runs, and undoing a run.
 */
@Service
public class SeriesScheduling {

    /** The latest start date, so that every step of ten years' offset still has a valid date. */
    private static final LocalDate LAST_START = LocalDate.of(9988, 12, 31);

    private final JooqSeries series;
    private final JooqSeriesRuns runs;
    private final Targets targets;
    private final ActivityRuns activityRuns;
    private final UserManagement users;
    private final ApplicationEventPublisher events;

    SeriesScheduling(JooqSeries series, JooqSeriesRuns runs, Targets targets, ActivityRuns activityRuns, UserManagement users,
            ApplicationEventPublisher events) {
        this.series = series;
        this.runs = runs;
        this.targets = targets;
        this.activityRuns = activityRuns;
        this.users = users;
        this.events = events;
    }

    /**
     * What scheduling the series would create, and which earlier runs of it reached some of the
     * same contacts; nothing is written.
     *
     * @throws SeriesNotFound when the series does not exist (or was deleted)
     * @throws InvalidInput for a missing start date, an empty or unknown target, an unknown user
     * @throws org.svyaz.shell.NotPermitted when the user may not schedule for {@code scheduledFor}
     */
    public SeriesSchedule preview(UUID seriesId, SeriesTarget target, LocalDate startDate, String scheduledFor) {
        Plan plan = plan(seriesId, target, startDate, scheduledFor);
        long contacts = runs.countContacts(plan.target().contacts());
        if (contacts == 0) {
            throw InvalidInput.of("target", "error.series.emptyTarget");
        }
        return new SeriesSchedule(contacts, contacts * plan.series().steps().size(), null, earlierRuns(plan));
    }

    /**
     * Schedules the series: for each contact of the target, one timeless activity per step, all
     * in one transaction; the run is remembered in the series' history.
     *
     * @throws SeriesNotFound, InvalidInput, NotPermitted as {@link #preview} does; nothing is created then
     */
    @Transactional
    public SeriesSchedule schedule(UUID seriesId, SeriesTarget target, LocalDate startDate, String scheduledFor) {
        Plan plan = plan(seriesId, target, startDate, scheduledFor);
        List<SeriesSchedule.EarlierRun> earlier = earlierRuns(plan);
        List<PlannedActivity> activities = plan.series().steps().stream()
                .map(step -> new PlannedActivity(step.type(), step.dateFrom(startDate), step.durationMinutes(), step.priority(),
                        step.regarding(), step.alarmMinutesBefore()))
                .toList();
        UUID runId = RecordIds.next();
        ActivityRuns.Scheduled created = activityRuns.schedule(runId, plan.ownerId(), activities, plan.target().contacts());
        // an empty target is found by what the run reached, not by counting it first: nothing is left of the transaction then
        if (created.contacts() == 0) {
            throw InvalidInput.of("target", "error.series.emptyTarget");
        }
        runs.insert(new NewRun(runId, seriesId, plan.series().name(), startDate, plan.ownerId(), users.current().id(),
                plan.target().kind(), plan.target().name()), created.contacts(), created.activities());
        events.publishEvent(new SeriesScheduled(runId, seriesId, startDate, plan.ownerId(), created.contacts(), created.activities()));
        return new SeriesSchedule(created.contacts(), created.activities(), runId, earlier);
    }

    /** The series' runs, the latest first, each with how many of its activities are still open. */
    public List<SeriesRun> history(UUID seriesId) {
        List<SeriesRunRecord> found = runs.ofSeries(seriesId);
        Map<UUID, Integer> open = activityRuns.openCounts(found.stream().map(SeriesRunRecord::getId).toList());
        return found.stream().map(run -> toRun(run, open.getOrDefault(run.getId(), 0))).toList();
    }

    public SeriesRun run(UUID runId) {
        SeriesRunRecord run = runs.get(runId);
        return toRun(run, activityRuns.openCounts(List.of(runId)).getOrDefault(runId, 0));
    }

    /**
     * Undoes a run: its activities not cleared yet are erased (cleared ones stay, with their
     * history), and the run is marked undone.
     *
     * @throws InvalidInput when the run was undone already
     * @throws org.svyaz.shell.NotPermitted when the user may not erase its activities
     */
    @Transactional
    public SeriesRun undo(UUID runId) {
        SeriesRunRecord run = runs.get(runId);
        if (run.getUndoneAt() != null) {
            throw InvalidInput.of("run", "error.series.alreadyUndone");
        }
        activityRuns.undo(runId, run.getOwnerId(), run.getScheduledBy());
        runs.markUndone(run);
        return toRun(run, 0);
    }

    private Plan plan(UUID seriesId, SeriesTarget target, LocalDate startDate, String scheduledFor) {
        Series found = series.get(seriesId);
        FieldErrors errors = new FieldErrors();
        if (startDate == null) {
            errors.add("startDate", "error.required");
        } else if (startDate.isAfter(LAST_START)) {
            errors.add("startDate", "error.activity.date");
        }
        Targets.Resolved resolved = null;
        try {
            resolved = targets.resolve(target);
        } catch (InvalidInput invalid) {
            errors.addAll(invalid);
        }
        errors.throwIfAny();
        UUID ownerId = activityRuns.ownerFor(scheduledFor);
        return new Plan(found, resolved, ownerId);
    }

    /** The series' earlier runs (not undone) that reached some of the target's contacts. */
    private List<SeriesSchedule.EarlierRun> earlierRuns(Plan plan) {
        List<SeriesRunRecord> earlier = runs.ofSeries(plan.series().id()).stream().filter(run -> run.getUndoneAt() == null).toList();
        if (earlier.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> reached = activityRuns.contactsReached(earlier.stream().map(SeriesRunRecord::getId).toList(),
                plan.target().contacts());
        Map<UUID, Integer> open = activityRuns.openCounts(reached.keySet());
        List<SeriesSchedule.EarlierRun> found = new ArrayList<>();
        for (SeriesRunRecord run : earlier) {
            if (reached.containsKey(run.getId())) {
                found.add(new SeriesSchedule.EarlierRun(toRun(run, open.getOrDefault(run.getId(), 0)), reached.get(run.getId())));
            }
        }
        return found;
    }

    private static SeriesRun toRun(SeriesRunRecord r, int open) {
        return new SeriesRun(r.getId(), r.getSeriesId(), r.getSeriesName(), r.getStartDate(), r.getOwnerId(), r.getScheduledBy(),
                r.getTargetKind(), r.getTargetName(), r.getContacts(), r.getActivities(), r.getScheduledAt(), r.getUndoneAt(), open);
    }

    private record Plan(Series series, Targets.Resolved target, UUID ownerId) {
    }
}
