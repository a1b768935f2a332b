package org.svyaz.access.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.svyaz.access.Access;
import org.svyaz.access.Team;
import org.svyaz.access.TeamManagement;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * What the access picker of every record's form offers ({@code templates/access/fields.html},
 * reached as {@code @accessChoices}): the levels, the teams and the active users.
 */
@Component("accessChoices")
public class AccessChoices {

    private final TeamManagement teams;
    private final UserManagement users;

    AccessChoices(TeamManagement teams, UserManagement users) {
        this.teams = teams;
        this.users = users;
    }

    public Access[] levels() {
        return Access.values();
    }

    public List<Team> teams() {
        return teams.all();
    }

    public List<User> users() {
        return users.all().stream().filter(User::enabled).toList();
    }
}
