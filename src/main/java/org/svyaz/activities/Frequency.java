package org.svyaz.activities;

/** How often a recurring activity repeats. */
public enum Frequency {
    DAILY, WEEKLY, MONTHLY, YEARLY
}
