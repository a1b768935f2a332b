package org.svyaz.shell;

import java.util.List;
import java.util.function.Supplier;

/**
 * Loads a large amount of data (the generator, big imports) the way databases load fastest: on
 * PostgreSQL the secondary indexes of the tables loaded are dropped first and built again at the
 * end, which costs far less than keeping them up to date row by row. Unique indexes and keys
 * stay, so the data keeps its guarantees; the tables are analyzed afterwards. On H2 the load
 * simply runs.
 */
public interface BulkLoad {

    <T> T withIndexesDeferred(List<String> tables, Supplier<T> load);
}
