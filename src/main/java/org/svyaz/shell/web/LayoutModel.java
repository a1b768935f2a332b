package org.svyaz.shell.web;

import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.svyaz.shell.DisplayTime;

/** What every page's template may use: the time zone in which it shows times (the viewer's), and the server's. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final DisplayTime time;

    LayoutModel(DisplayTime time) {
        this.time = time;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return time.zone();
    }

    /** The zone of users who have not chosen one. */
    @ModelAttribute("serverZone")
    ZoneId serverZone() {
        return time.serverZone();
    }
}
