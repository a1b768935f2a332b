package org.svyaz.shell.internal;

import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.svyaz.shell.BulkLoad;

@Component
class DeferredIndexes implements BulkLoad {

    private static final Logger log = LoggerFactory.getLogger(DeferredIndexes.class);

    private final DSLContext dsl;

    DeferredIndexes(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T withIndexesDeferred(List<String> tables, Supplier<T> load) {
        if (dsl.dialect().family() != SQLDialect.POSTGRES) {
            return load.get();
        }
        List<Record2<String, String>> indexes = dsl.resultQuery(
                "select i.indexname, i.indexdef from pg_indexes i join pg_class c on c.relname = i.indexname "
                        + "join pg_index x on x.indexrelid = c.oid "
                        + "where i.schemaname = current_schema() and i.tablename = any({0}) and not x.indisunique",
                DSL.val(tables.toArray(String[]::new)))
                .coerce(DSL.field("indexname", String.class), DSL.field("indexdef", String.class))
                .fetch();
        indexes.forEach(index -> dsl.execute("drop index if exists \"" + index.value1() + "\""));
        try {
            return load.get();
        } finally {
            long started = System.nanoTime();
            // build with more memory and both cores, as pg_restore would
            dsl.execute("set maintenance_work_mem = '512MB'");
            dsl.execute("set max_parallel_maintenance_workers = 2");
            indexes.forEach(index -> dsl.execute(index.value2()));
            // fresh statistics, or the planner keeps judging the tables by how they were before the load
            tables.forEach(table -> dsl.execute("analyze \"" + table + "\""));
            log.info("Built {} indexes again and analyzed the tables in {} ms", indexes.size(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
