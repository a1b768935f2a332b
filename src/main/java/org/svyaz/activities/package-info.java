/**
 * Activities (SPEC A1–A7, C5): calls, meetings, to-dos and administrator-defined types, their
 * recurrence and alarms, the task list, and clearing into the contacts' history.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>Times</b> are the wall-clock date and time a user types, in the display time zone
 * ({@code svyaz.time-zone}); a timeless activity has a date alone. Alarms are instants
 * ({@code alarm_at}) computed from them; "now" and "today" come from the injected
 * {@link java.time.Clock}, so tests move time instead of sleeping.</li>
 * <li><b>Recurrence</b>: a series row keeps the rule ({@link org.svyaz.activities.Recurrence});
 * each occurrence is an ordinary activity row with the series' id, so the task list, alarms,
 * conflicts and clearing work per occurrence. A rule must end (a date or a count) and may make
 * at most 1,000 occurrences. A monthly or yearly date past a month's end falls on its last day
 * (31 January → 28/29 February; 29 February → 28 February), as in ACT! and Outlook. A change
 * applies to one occurrence, or to every open occurrence of the series (a new date moves each
 * by as many days); the rule itself is not changed afterwards (erase the series and schedule
 * it again). Clearing or erasing one occurrence leaves the others.</li>
 * <li><b>Permissions</b>: administrators and managers plan for their team: they schedule for
 * any user, see any user's task list and change any activity they can see. Standard and
 * restricted users schedule for themselves and change what they own or scheduled; browse users
 * only read; erasing needs a role that may delete. Public activities are seen by everyone who
 * sees their contacts. A user may share their calendar with another ({@code calendar_grant},
 * journaled): VIEW lets that user read their activities (task list, calendar), SCHEDULE also
 * lets them schedule for them; changing the owner's own activities stays with the owner.</li>
 * <li><b>Private</b> activities are seen by their owner alone: to everybody else a task list
 * shows them as "busy" (date, time, duration, owner), the contact's Activities tab and keyword
 * search leave them out, and their id answers 404.</li>
 * <li><b>Conflicts</b>: an open timed activity of the same owner that overlaps (a zero-length
 * one takes up its minute) is reported, never refused.</li>
 * <li><b>Clearing</b> records COMPLETED, NOT_COMPLETED, LEFT_MESSAGE or OTHER with notes and writes
 * one ACTIVITY_CLEARED history item to each contact of the activity in the same transaction;
 * a second clearing is refused (400). Erasing writes no history.</li>
 * <li><b>Series runs</b>: {@link org.svyaz.activities.ActivityRuns} writes the activities an
 * activity series schedules, in batches inside the caller's transaction: timeless, one contact
 * each, with the run's id ({@code series_run_id}, no foreign key: the series module owns its runs),
 * so that undoing the run erases its open ones. Not to be confused with {@code series_id}, the
 * recurrence an occurrence belongs to.</li>
 * <li><b>Groups</b>: an activity keeps its associated group's id ({@code group_id}, no foreign
 * key); the groups module adds its Activities tab and group history.</li>
 * </ul>
 */
package org.svyaz.activities;
