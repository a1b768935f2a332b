package org.svyaz.shell.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.svyaz.shell.DisplayTime;

/**
 * Migration 72: the activities a database already has were scheduled in the server's zone, the
 * only one there was; they keep it as their own (V71), and their starts_at and ends_at, wall-clock
 * values in that zone until now, become the UTC instants they always meant. Not journaled: the
 * zone is what every earlier entry of these activities already meant, and the instants derive from it.
 */
@Component
class ActivityZonesBackfill extends BackfillMigration {

    private final ZoneId zone;

    @Autowired
    ActivityZonesBackfill(DisplayTime time) {
        this(time.serverZone());
    }

    ActivityZonesBackfill(ZoneId serverZone) {
        super(72, "activities time zone backfill");
        this.zone = serverZone;
    }

    @Override
    void backfill(Connection connection) throws SQLException {
        eachRow(connection, "select id, starts_at, ends_at from activity",
                "update activity set time_zone = ?, starts_at = ?, ends_at = ? where id = ?",
                (row, update) -> {
                    update.setString(1, zone.getId());
                    update.setObject(2, utc(row.getObject(2, LocalDateTime.class)));
                    update.setObject(3, utc(row.getObject(3, LocalDateTime.class)));
                    update.setObject(4, row.getObject(1));
                });
    }

    private LocalDateTime utc(LocalDateTime wallClock) {
        return wallClock.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
