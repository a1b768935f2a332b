package org.svyaz.users.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.svyaz.journal.CurrentActor;

/** Tells the journal who writes: the authenticated user of the current thread, if any. */
@Component
class SecurityContextActor implements CurrentActor {

    @Override
    public Optional<UUID> userId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SvyazUserDetails principal
                ? Optional.of(principal.id())
                : Optional.empty();
    }
}
