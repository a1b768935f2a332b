/**
 * The database schema as jOOQ classes, generated from the Flyway migrations at build time.
 * Open, so that the internal packages of every module may use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.svyaz.schema;
