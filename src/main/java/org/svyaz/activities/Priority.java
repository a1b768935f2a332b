package org.svyaz.activities;

/** How urgent an activity is. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
