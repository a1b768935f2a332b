/** Finding contacts: lookups by any field, keyword search, the current lookup, saved lookups, sorting and tag mode. */
package org.svyaz.lookups;
