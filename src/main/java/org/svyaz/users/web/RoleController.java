package org.svyaz.users.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.svyaz.shell.ListJson;
import org.svyaz.users.Permission;
import org.svyaz.users.Permissions;
import org.svyaz.users.Role;

/**
 * The role matrix (SPEC U2) as every logged-in user may read it: {@code GET /api/v1/roles} and
 * the page {@code /roles}, both from {@link Permissions#matrix()}, the matrix the checks enforce.
 */
@Controller
class RoleController {

    /** One role with its permissions, in the order the matrix declares them. */
    record RoleJson(Role role, List<Permission> permissions) {
    }

    @GetMapping("/api/v1/roles")
    @ResponseBody
    ListJson<RoleJson> roles() {
        List<RoleJson> roles = Permissions.matrix().entrySet().stream()
                .map(entry -> new RoleJson(entry.getKey(), List.copyOf(entry.getValue()))).toList();
        return new ListJson<>(roles.size(), roles, null);
    }

    @GetMapping("/roles")
    String page(Model model) {
        model.addAttribute("matrix", Permissions.matrix());
        model.addAttribute("permissions", Permission.values());
        return "users/roles";
    }
}
