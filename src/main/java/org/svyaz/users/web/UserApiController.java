package org.svyaz.users.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.shell.ListJson;
import org.svyaz.users.MyRecords;
import org.svyaz.users.NewUser;
import org.svyaz.users.User;
import org.svyaz.users.UserChanges;
import org.svyaz.users.UserManagement;
import org.svyaz.users.web.UserRequests.NewUserRequest;
import org.svyaz.users.web.UserRequests.PasswordReset;
import org.svyaz.users.web.UserRequests.UserChangeRequest;

/** Users for administrators over the REST API (API.md, "Contacts"). */
@RestController
@RequestMapping("/api/v1/admin/users")
class UserApiController {

    private final UserManagement users;
    private final MyRecords myRecords;

    UserApiController(UserManagement users, MyRecords myRecords) {
        this.users = users;
        this.myRecords = myRecords;
    }

    @PostMapping
    ResponseEntity<UserJson> create(@RequestBody NewUserRequest request) {
        User user = users.create(new NewUser(request.userName(), request.password(), request.fullName(), request.role(),
                Languages.parse(request.language()), TimeZones.parse(request.timeZone())));
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + user.id())).body(toJson(user));
    }

    @GetMapping
    ListJson<UserJson> all(@RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit, @RequestParam(required = false) String after) {
        List<UserJson> all = users.all().stream().map(this::toJson).toList();
        return ListJson.page(all, user -> user.id().toString(), after, limit);
    }

    @GetMapping("/{id}")
    UserJson get(@PathVariable UUID id) {
        return toJson(users.byId(id));
    }

    @PatchMapping("/{id}")
    UserJson update(@PathVariable UUID id, @RequestBody UserChangeRequest request) {
        User user = users.byId(id);
        UserChanges changes = new UserChanges(request.fullName(), request.role(), Languages.parse(request.language()),
                TimeZones.parse(request.timeZone()), request.enabled());
        return toJson(users.update(id, changes, request.version() == null ? user.version() : request.version()));
    }

    @PostMapping("/{id}/password")
    ResponseEntity<Void> resetPassword(@PathVariable UUID id, @RequestBody PasswordReset request) {
        users.resetPassword(id, request.password());
        return ResponseEntity.noContent().build();
    }

    private UserJson toJson(User user) {
        return UserJson.of(user, myRecords.myRecordOf(user.id()).orElse(null));
    }
}
