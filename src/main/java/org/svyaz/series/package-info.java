/**
 * Activity series (SPEC S1–S3): named plans of activities (a sales process) scheduled in one
 * step for a contact, a lookup, a group or everyone, each run remembered and undoable.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>Dates</b>: a step's date is the start date plus its offset in calendar days, weeks or
 * months (a month past its end clamps: 31 January + 1 month = 28/29 February); the weekend rule
 * then moves a Saturday or Sunday to the next Monday. The offset is 0 to 10 years.</li>
 * <li><b>Runs</b>: scheduling creates a {@link org.svyaz.series.SeriesRun}; each activity it
 * makes is timeless, has one contact and carries the run's id ({@code activity.series_run_id}),
 * so a run can be undone (its open activities erased; cleared ones keep their history). A run
 * keeps the series' name and its own figures, so editing or deleting a series never changes
 * what was scheduled from it.</li>
 * <li><b>All or nothing</b>: one transaction; the target's contacts are read by keyset in batches
 * and their activities inserted in batches through the journal, so memory does not grow with
 * the number of contacts.</li>
 * <li><b>Targets</b> are the contacts the current user sees: a private contact of someone else is
 * never reached. Scheduling a series again for contacts an earlier run of it reached is allowed,
 * with a warning naming the earlier runs.</li>
 * <li><b>Permissions</b>: every user who may write creates, edits and schedules series (for other
 * users as the activities module allows planners); deleting a series or undoing a run needs a
 * role that may delete, and a run is undone by its owner, its scheduler or a planner.</li>
 * </ul>
 */
package org.svyaz.series;
