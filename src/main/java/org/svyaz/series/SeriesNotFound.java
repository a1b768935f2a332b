package org.svyaz.series;

import org.svyaz.shell.RecordNotFound;

/** An unknown activity series, or one that was deleted. */
public class SeriesNotFound extends RecordNotFound {

    public SeriesNotFound() {
        super("error.series.notFound");
    }
}
