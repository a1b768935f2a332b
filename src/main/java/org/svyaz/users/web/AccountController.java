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
import org.svyaz.users.ApiTokenScope;
import org.svyaz.users.Language;
import org.svyaz.users.NewApiToken;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/** The user's own account page: name, language, time zone, password and API tokens. */
@Controller
class AccountController {

    private final UserManagement users;

    AccountController(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/account")
    String account(Model model) {
        User me = users.byId(users.current().id());
        model.addAttribute("me", me);
        model.addAttribute("languages", Language.values());
        model.addAttribute("timeZones", TimeZones.choices(me));
        model.addAttribute("tokens", users.myApiTokens());
        model.addAttribute("tokenScopes", ApiTokenScope.values());
        model.addAttribute("defaultTokenDays", UserManagement.DEFAULT_TOKEN_DAYS);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "users/account";
    }

    @PostMapping("/account/profile")
    String changeProfile(@RequestParam String fullName, @RequestParam String language,
            @RequestParam(required = false) String timeZone, RedirectAttributes redirect) {
        try {
            users.updateOwnProfile(fullName, Languages.parse(language), TimeZones.parse(timeZone));
            redirect.addFlashAttribute("saved", "account.profile.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
        }
        return "redirect:/account";
    }

    /** The page a user who must choose a new password is sent to until they have (the demo users). */
    @GetMapping("/account/password")
    String passwordPage(Model model) {
        model.addAttribute("me", users.byId(users.current().id()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "users/change-password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
            @RequestParam String repeatPassword, RedirectAttributes redirect) {
        boolean required = users.mustChangePassword();
        try {
            if (!newPassword.equals(repeatPassword)) {
                throw InvalidInput.of("repeatPassword", "error.password.mismatch");
            }
            users.changeOwnPassword(currentPassword, newPassword);
            redirect.addFlashAttribute("saved", "account.password.saved");
            return required ? "redirect:/" : "redirect:/account";
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
            return required ? "redirect:/account/password" : "redirect:/account";
        }
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam String name, @RequestParam(required = false) String scope,
            @RequestParam(required = false) String expiresInDays, RedirectAttributes redirect) {
        try {
            NewApiToken token = users.createApiToken(name, TokenParams.scope(scope), TokenParams.days(expiresInDays));
            redirect.addFlashAttribute("newToken", token.secret());
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.fieldErrors());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/delete")
    String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
        users.revokeApiToken(id);
        redirect.addFlashAttribute("saved", "account.token.revoked");
        return "redirect:/account";
    }
}
