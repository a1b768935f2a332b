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
 * <li><b>Import</b> schedules each event through the activities module, so every activity rule
 * applies; a recurring event becomes one activity per occurrence, capped at the next two years
 * and 1,000 occurrences, with a note saying so.</li>
 * </ul>
 */
package org.svyaz.calendar;
