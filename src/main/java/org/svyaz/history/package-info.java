/** Notes and history items of contacts. */
package org.svyaz.history;
