/** Users, roles, log-in, API tokens and each user's language. */
package org.svyaz.users;
