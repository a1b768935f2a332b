package org.svyaz.activities;

/** How a cleared activity ended; written to the history of its contacts. */
public enum ClearResult {
    COMPLETED, NOT_COMPLETED, LEFT_MESSAGE, OTHER
}
