package org.svyaz.journal;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/** How many ids one {@code id in (...)} of a bulk read or delete should list on this database. */
public final class IdLists {

    private static final int ON_H2 = 100;
    private static final int ELSEWHERE = 1000;

    private IdLists() {
    }

    /**
     * H2 checks every row it finds through the index against the whole list once more, so a long
     * list costs the square of its length there; PostgreSQL looks the list up as an array.
     */
    public static int size(DSLContext dsl) {
        return dsl.dialect().family() == SQLDialect.H2 ? ON_H2 : ELSEWHERE;
    }
}
