/** Custom fields that administrators define for contacts (and later groups). */
package org.svyaz.customfields;
