package org.svyaz.access;

import static org.svyaz.schema.Tables.RECORD_GRANT;
import static org.svyaz.schema.Tables.TEAM_MEMBER;

import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The one place that decides whether a user may see a record: every module's queries of
 * contacts, groups, activities, notes and history items (and later reports, exports and sync)
 * add this condition. It is a jOOQ condition, not a service call, so that lists, counts and
 * lookups stay one query at a million records; it reads the access module's own grant and team
 * tables, which no other module touches.
 */
public final class Visibility {

    private Visibility() {
    }

    /**
     * Whether {@code viewer} may see the rows of a table whose access level is in {@code access},
     * whose record manager (owner, author) is in {@code manager} and whose id is in {@code id}:
     * public ones, their own, and limited ones granted to them or to a team of theirs.
     */
    public static Condition visibleTo(UUID viewer, Field<String> access, Field<UUID> manager, Field<UUID> id) {
        return access.eq(Access.PUBLIC.name())
                .or(manager.eq(viewer))
                .or(access.eq(Access.LIMITED.name()).and(DSL.exists(DSL.selectOne().from(RECORD_GRANT)
                        .where(RECORD_GRANT.RECORD_ID.eq(id))
                        .and(RECORD_GRANT.GRANTEE_ID.eq(viewer).or(RECORD_GRANT.GRANTEE_ID.in(
                                DSL.select(TEAM_MEMBER.TEAM_ID).from(TEAM_MEMBER).where(TEAM_MEMBER.USER_ID.eq(viewer)))))
                        // OFFSET 0 keeps PostgreSQL from turning this into a hash of every record granted to
                        // the viewer, built for each query (35-80 ms for 50,000 of them): a page then probes
                        // the grants' primary key only for the few limited rows it passes (BENCHMARKS.md)
                        .offset(0))));
    }
}
