package org.svyaz.series.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.svyaz.series.SeriesRun;
import org.svyaz.series.SeriesSchedule;
import org.svyaz.users.UserManagement;

/** What the pages and the API both show of runs: the users' names, and the warning about earlier runs. */
@Component
class SeriesViews {

    private final UserManagement users;
    private final MessageSource messages;

    SeriesViews(UserManagement users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    /** The names of the runs' owners and schedulers. */
    Map<UUID, String> userNames(Collection<SeriesRun> runs) {
        Set<UUID> ids = new HashSet<>();
        runs.forEach(run -> {
            ids.add(run.ownerId());
            ids.add(run.scheduledById());
        });
        return users.userNames(ids);
    }

    /** The warning that some contacts have this series scheduled already, or null when none has. */
    String warning(SeriesSchedule schedule) {
        if (schedule.earlierRuns().isEmpty()) {
            return null;
        }
        int reached = schedule.earlierRuns().stream().mapToInt(SeriesSchedule.EarlierRun::contactsReached).max().orElse(0);
        return messages.getMessage("series.schedule.scheduledBefore", new Object[] {reached, schedule.earlierRuns().size()},
                LocaleContextHolder.getLocale());
    }

    ScheduleJson toJson(SeriesSchedule schedule, boolean scheduled) {
        List<SeriesRun> earlier = schedule.earlierRuns().stream().map(SeriesSchedule.EarlierRun::run).toList();
        Map<UUID, String> names = userNames(earlier);
        return new ScheduleJson(schedule.contacts(), schedule.activities(), scheduled, schedule.runId(),
                schedule.earlierRuns().stream()
                        .map(run -> new ScheduleJson.EarlierRunJson(SeriesRunJson.of(run.run(), names), run.contactsReached()))
                        .toList(),
                warning(schedule));
    }
}
