package org.svyaz.access.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.access.Team;
import org.svyaz.access.TeamManagement;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.VersionConflict;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/** The administrators' page of teams (SPEC U3): add, rename, change members, delete. */
@Controller
class TeamAdminController {

    private final TeamManagement teams;
    private final UserManagement users;

    TeamAdminController(TeamManagement teams, UserManagement users) {
        this.teams = teams;
        this.users = users;
    }

    @GetMapping("/admin/teams")
    String list(Model model) {
        List<User> all = users.all();
        Map<UUID, String> fullNames = all.stream().collect(Collectors.toMap(User::id, User::fullName));
        List<Team> list = teams.all();
        model.addAttribute("teams", list);
        model.addAttribute("members", list.stream().collect(Collectors.toMap(Team::id,
                team -> team.memberIds().stream().map(fullNames::get).sorted().collect(Collectors.joining(", ")))));
        model.addAttribute("users", all);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "access/teams";
    }

    @PostMapping("/admin/teams")
    String create(@RequestParam String name, @RequestParam(required = false) List<String> members, RedirectAttributes redirect) {
        try {
            Team team = teams.create(name, members == null ? List.of() : members);
            redirect.addFlashAttribute("saved", "admin.teams.created");
            redirect.addFlashAttribute("savedName", team.name());
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
            redirect.addFlashAttribute("draftName", name);
        }
        return "redirect:/admin/teams";
    }

    @GetMapping("/admin/teams/{id}")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("team", teams.get(id));
        model.addAttribute("users", users.all());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "access/team";
    }

    @PostMapping("/admin/teams/{id}")
    String update(@PathVariable UUID id, @RequestParam String name, @RequestParam(required = false) List<String> members,
            @RequestParam long version, RedirectAttributes redirect) {
        try {
            Team team = teams.update(id, name, members == null ? List.of() : members, version);
            redirect.addFlashAttribute("saved", "admin.teams.saved");
            redirect.addFlashAttribute("savedName", team.name());
            return "redirect:/admin/teams";
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
        } catch (VersionConflict conflict) {
            redirect.addFlashAttribute("errors", Map.of("name", new InvalidInput.FieldError("error.versionConflict")));
        }
        return "redirect:/admin/teams/" + id;
    }

    @PostMapping("/admin/teams/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        Team team = teams.get(id);
        teams.delete(id);
        redirect.addFlashAttribute("saved", "admin.teams.deleted");
        redirect.addFlashAttribute("savedName", team.name());
        return "redirect:/admin/teams";
    }
}
