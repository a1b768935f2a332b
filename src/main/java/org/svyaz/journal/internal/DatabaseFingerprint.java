package org.svyaz.journal.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;

/**
 * What tells this database apart from a copy of it, as {@code key=value} parts. A copy carries
 * along every row, so the fingerprint is made of what the copy cannot carry:
 * <ul>
 * <li>PostgreSQL: the database's oid (CREATE DATABASE ... TEMPLATE, pg_dump | pg_restore into
 * another database and a restore after a drop all make a new one), the cluster's system
 * identifier (a copy of the files into another cluster, an initdb'd restore) and its timeline
 * (a point-in-time recovery, or a standby promoted after a failover: the database then lacks the
 * last changes it made, which partners may hold already, so its positions would be issued twice).
 * A false alarm (pg_upgrade into a new cluster) costs only a new origin id for later entries.</li>
 * <li>H2, a file database: the database file's absolute path (a copied data directory lives
 * elsewhere), and the {@link H2MarkerFile} beside it, whose token changes at each start and stop,
 * so older files restored over the same path no longer match it.</li>
 * <li>H2 in memory: its name; it cannot be copied.</li>
 * </ul>
 * A part that cannot be read (a PostgreSQL role without the right to call pg_control_system) is
 * "?" and matches anything.
 */
record DatabaseFingerprint(Map<String, String> parts, Path markerFile) {

    private static final String UNKNOWN = "?";

    static DatabaseFingerprint of(DSLContext dsl) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            parts.put("postgresql", "");
            parts.put("oid", read(dsl, "select oid::text from pg_database where datname = current_database()"));
            parts.put("system", read(dsl, "select system_identifier::text from pg_control_system()"));
            parts.put("timeline", read(dsl, "select timeline_id::text from pg_control_checkpoint()"));
            return new DatabaseFingerprint(parts, null);
        }
        String path = read(dsl, "select database_path()");
        parts.put("h2", "");
        if (path == null || UNKNOWN.equals(path)) {
            parts.put("memory", read(dsl, "select database()"));
            return new DatabaseFingerprint(parts, null);
        }
        Path absolute = Path.of(path).toAbsolutePath().normalize();
        parts.put("path", absolute.toString());
        // an H2 server elsewhere (jdbc:h2:tcp:) names a path on its own machine, where no marker can be kept
        Path marker = absolute.resolveSibling(absolute.getFileName() + ".identity");
        return new DatabaseFingerprint(parts, Files.isDirectory(marker.getParent()) ? marker : null);
    }

    static DatabaseFingerprint parse(String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int equals = part.indexOf('=');
            parts.put(equals < 0 ? part : part.substring(0, equals), equals < 0 ? "" : part.substring(equals + 1));
        }
        return new DatabaseFingerprint(parts, null);
    }

    /** Whether {@code stored} was taken of this database: every part known on both sides is equal. */
    boolean matches(DatabaseFingerprint stored) {
        if (!parts.keySet().equals(stored.parts.keySet())) {
            return false;
        }
        return parts.entrySet().stream().allMatch(part -> {
            String other = stored.parts.get(part.getKey());
            return UNKNOWN.equals(part.getValue()) || UNKNOWN.equals(other) || part.getValue().equals(other);
        });
    }

    String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach((key, value) -> text.append(text.isEmpty() ? "" : ";").append(key).append(value.isEmpty() ? "" : "=" + value));
        return text.toString();
    }

    private static String read(DSLContext dsl, String sql) {
        try {
            Object value = dsl.fetchValue(sql);
            return value == null ? null : value.toString();
        } catch (DataAccessException e) {
            return UNKNOWN;
        }
    }
}
