/** The application shell: layout, navigation, error handling, the command line and the errors every module raises. */
package org.svyaz.shell;
