package org.svyaz.users.web;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.VersionConflict;
import org.svyaz.users.Language;
import org.svyaz.users.NewUser;
import org.svyaz.users.Role;
import org.svyaz.users.User;
import org.svyaz.users.UserChanges;
import org.svyaz.users.UserManagement;

/** The administrators' page of users: add users, change roles, reset passwords (SPEC U1). */
@Controller
class UserAdminController {

    private final UserManagement users;

    UserAdminController(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("timeZones", TimeZones.choices());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "users/admin";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String userName, @RequestParam String fullName, @RequestParam String password,
            @RequestParam Role role, @RequestParam String language, @RequestParam(required = false) String timeZone,
            RedirectAttributes redirect) {
        try {
            User user = users.create(new NewUser(userName, password, fullName, role, Languages.parse(language),
                    timeZone == null || timeZone.isBlank() ? null : TimeZones.parse(timeZone)));
            redirect.addFlashAttribute("saved", "admin.users.created");
            redirect.addFlashAttribute("savedName", user.userName());
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
            redirect.addFlashAttribute("draft", Map.of("userName", userName, "fullName", fullName));
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable UUID id, Model model) {
        User user = users.byId(id);
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("timeZones", TimeZones.choices(user));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "users/admin-user";
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable UUID id, @RequestParam String fullName, @RequestParam Role role, @RequestParam String language,
            @RequestParam(required = false) String timeZone, @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam long version, RedirectAttributes redirect) {
        try {
            users.update(id, new UserChanges(fullName, role, Languages.parse(language), TimeZones.parse(timeZone), enabled), version);
            redirect.addFlashAttribute("saved", "admin.users.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
        } catch (VersionConflict conflict) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            users.resetPassword(id, password);
            redirect.addFlashAttribute("saved", "admin.users.passwordReset");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
        }
        return "redirect:/admin/users/" + id;
    }
}
