package org.svyaz.users.web;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.shell.ListJson;
import org.svyaz.users.ApiToken;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.MyRecords;
import org.svyaz.users.NewApiToken;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;
import org.svyaz.users.web.UserRequests.PasswordChange;
import org.svyaz.users.web.UserRequests.ProfileChange;
import org.svyaz.users.web.UserRequests.TokenRequest;

/** The caller's own account over the REST API: who am I, my password, language, time zone and API tokens. */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

    private final UserManagement users;
    private final MyRecords myRecords;

    MeApiController(UserManagement users, MyRecords myRecords) {
        this.users = users;
        this.myRecords = myRecords;
    }

    @GetMapping
    MeJson me() {
        CurrentUser me = users.current();
        return new MeJson(me.id(), me.userName(), me.fullName(), me.role(), me.language().code(), me.timeZone().getId(),
                myRecords.myRecordOf(me.id()).orElse(null));
    }

    @PatchMapping
    MeJson changeProfile(@RequestBody ProfileChange request) {
        // answered from the changed user: users.current() still holds this request's earlier view
        User me = users.updateOwnProfile(request.fullName(), Languages.parse(request.language()), TimeZones.parse(request.timeZone()));
        return new MeJson(me.id(), me.userName(), me.fullName(), me.role(), me.language().code(), me.timeZone().getId(),
                myRecords.myRecordOf(me.id()).orElse(null));
    }

    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange request) {
        users.changeOwnPassword(request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tokens")
    ListJson<ApiToken> tokens(@RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit, @RequestParam(required = false) String after) {
        return ListJson.page(users.myApiTokens(), token -> token.id().toString(), after, limit);
    }

    /** Makes a personal API token; the answer's {@code secret} is shown this once. */
    @PostMapping("/tokens")
    ResponseEntity<NewApiToken> createToken(@RequestBody TokenRequest request) {
        NewApiToken token = users.createApiToken(request.name());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.token().id())).body(token);
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revokeToken(@PathVariable UUID id) {
        users.revokeApiToken(id);
        return ResponseEntity.noContent().build();
    }

}
