package org.svyaz.activities;

/** What a user may do in a calendar another user shared with them (SPEC K8). */
public enum CalendarAccess {
    /** See the activities (another user's private ones as "busy"). */
    VIEW,
    /** See them and schedule activities for the calendar's owner. */
    SCHEDULE
}
