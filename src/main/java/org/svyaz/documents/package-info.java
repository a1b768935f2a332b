/** Files attached to contacts, stored by Svyaz itself. */
package org.svyaz.documents;
