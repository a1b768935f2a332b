package org.svyaz.activities;

/** Whether a change to an occurrence of a series applies to it alone or to every open occurrence of its series. */
public enum EditScope {
    OCCURRENCE, SERIES
}
