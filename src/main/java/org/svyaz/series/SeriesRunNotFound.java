package org.svyaz.series;

import org.svyaz.shell.RecordNotFound;

/** An unknown run of a series. */
public class SeriesRunNotFound extends RecordNotFound {

    public SeriesRunNotFound() {
        super("error.series.runNotFound");
    }
}
