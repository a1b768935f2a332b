/**
 * iCalendar (SPEC K10): each user's secret feed of their activities, and a contact's activities
 * exported to and imported from .ics files.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>The feed token</b> is 32 random bytes (base64url), a credential of this server: kept in
 * {@code calendar_feed}, not journaled and never synchronized. The feed is found by the token's
 * SHA-256 hash, so a database lookup never compares the secret itself; a wrong token is a bare
 * 404 that tells nothing about users.</li>
 * <li><b>Events</b>: every activity is a VEVENT (calendar subscriptions show VEVENTs; many ignore
 * VTODO). UID is the activity id + "@svyaz", SEQUENCE its version, DTSTAMP and LAST-MODIFIED
 * its last change. Timed activities are in UTC (valid everywhere, no VTIMEZONE to keep right);
 * timeless ones are all-day (VALUE=DATE). A cleared activity has STATUS:COMPLETED, so it stays
 * in the calendar as what happened; a private one has CLASS:PRIVATE.</li>
 * <li><b>Export</b> of a contact's activities holds what the contact's Activities tab shows the
 * user: other users' private activities are left out there, so they are in the file too (not even
 * as "busy", which would tell that someone has a private activity with this contact).</li>
 * <li><b>Import</b> schedules each event through the activities module, so every activity rule
 * applies, as a meeting with the contact (an event names no activity type); all of a file in one
 * transaction, each event in a savepoint of its own, so a refused event is reported and the others
 * are imported; a preview does the same and rolls back. A recurring event becomes one activity
 * per occurrence (EXDATE honoured), capped at two years from today (or its start) and 1,000
 * occurrences, with a note saying so; a file over 10 MB, not iCalendar, or making more than
 * 10,000 activities imports nothing.</li>
 * </ul>
 */
package org.svyaz.calendar;
