package org.svyaz.calendar.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.svyaz.activities.CalendarGrant;
import org.svyaz.activities.CalendarSharing;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.UserFacingException;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/** The "Share my calendar" section of the account page (SPEC K8), loaded and changed in place. */
@Controller
class CalendarSharingController {

    private final CalendarSharing sharing;
    private final UserManagement users;

    CalendarSharingController(CalendarSharing sharing, UserManagement users) {
        this.sharing = sharing;
        this.users = users;
    }

    @GetMapping("/account/calendar-sharing")
    String section(Model model) {
        return section(model, null);
    }

    @PostMapping("/account/calendar-sharing")
    String share(@RequestParam(defaultValue = "") String user, @RequestParam(required = false) String access, Model model) {
        try {
            sharing.share(user, CalendarAccessParam.parse(access));
            return section(model, null);
        } catch (UserFacingException refused) {
            return section(model, refused);
        }
    }

    @PostMapping("/account/calendar-sharing/remove")
    String unshare(@RequestParam(defaultValue = "") String user, Model model) {
        try {
            sharing.unshare(user);
            return section(model, null);
        } catch (UserFacingException refused) {
            return section(model, refused);
        }
    }

    private String section(Model model, UserFacingException refused) {
        CurrentUser me = users.current();
        List<CalendarGrant> mine = sharing.grantedByMe();
        Set<UUID> sharedWith = mine.stream().map(CalendarGrant::granteeId).collect(Collectors.toSet());
        List<User> everyone = users.all();
        model.addAttribute("grants", mine);
        model.addAttribute("sharedWithMe", sharing.sharedWithMe());
        model.addAttribute("names", everyone.stream().collect(Collectors.toMap(User::id, User::fullName)));
        model.addAttribute("userNames", everyone.stream().collect(Collectors.toMap(User::id, User::userName)));
        model.addAttribute("candidates", everyone.stream()
                .filter(u -> u.enabled() && !u.id().equals(me.id()) && !sharedWith.contains(u.id())).toList());
        if (refused instanceof InvalidInput invalid && !invalid.fieldErrors().isEmpty()) {
            InvalidInput.FieldError error = invalid.fieldErrors().values().iterator().next();
            model.addAttribute("errorKey", error.messageKey());
            model.addAttribute("errorArguments", error.arguments());
        } else if (refused != null) {
            model.addAttribute("errorKey", refused.messageKey());
            model.addAttribute("errorArguments", refused.arguments());
        }
        return "calendar/sharing :: section";
    }
}
