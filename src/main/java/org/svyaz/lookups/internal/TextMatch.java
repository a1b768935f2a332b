package org.svyaz.lookups.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * "Contains" in the form each database answers fastest: PostgreSQL a LIKE that its trigram
 * indexes serve; H2 a POSITION, because its LIKE compares character by character through the
 * database's collation, many times slower over a whole table.
 */
@Component
class TextMatch {

    private static final char ESCAPE = '!';

    private final DSLContext dsl;

    TextMatch(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether the text holds the value anywhere; both already folded as search keys. */
    Condition contains(Field<String> text, String value) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            // written into the SQL, as a bound pattern can leave a prepared statement without the index
            return text.like(DSL.inline("%" + escaped(value) + "%"), ESCAPE);
        }
        return DSL.position(text, DSL.val(value)).gt(0);
    }

    static String escaped(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
