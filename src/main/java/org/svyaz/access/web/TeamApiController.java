package org.svyaz.access.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.access.Team;
import org.svyaz.access.TeamManagement;
import org.svyaz.shell.ListJson;
import org.svyaz.users.UserManagement;

/** Teams for administrators over the REST API (API.md, "Roles, teams and record access"). */
@RestController
@RequestMapping("/api/v1/admin/teams")
class TeamApiController {

    private final TeamManagement teams;
    private final UserManagement users;

    TeamApiController(TeamManagement teams, UserManagement users) {
        this.teams = teams;
        this.users = users;
    }

    /** A team as a request writes it; {@code version}, when given, must be the stored one. */
    record TeamRequest(String name, List<String> members, Long version) {
    }

    record TeamJson(UUID id, String name, List<String> members, long version) {
    }

    @PostMapping
    ResponseEntity<TeamJson> create(@RequestBody TeamRequest request) {
        Team team = teams.create(request.name(), request.members());
        return ResponseEntity.created(URI.create("/api/v1/admin/teams/" + team.id())).body(toJson(team));
    }

    @GetMapping
    ListJson<TeamJson> all(@RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String after) {
        return ListJson.page(teams.all().stream().map(this::toJson).toList(), team -> team.id().toString(), after, limit);
    }

    @GetMapping("/{id}")
    TeamJson get(@PathVariable UUID id) {
        return toJson(teams.get(id));
    }

    @PutMapping("/{id}")
    TeamJson update(@PathVariable UUID id, @RequestBody TeamRequest request) {
        long version = request.version() == null ? teams.get(id).version() : request.version();
        return toJson(teams.update(id, request.name(), request.members(), version));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        teams.delete(id);
        return ResponseEntity.noContent().build();
    }

    private TeamJson toJson(Team team) {
        Map<UUID, String> names = users.userNames(team.memberIds());
        List<String> members = team.memberIds().stream().map(names::get).sorted().toList();
        return new TeamJson(team.id(), team.name(), members, team.version());
    }
}
