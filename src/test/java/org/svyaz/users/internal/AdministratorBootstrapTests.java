package org.svyaz.users.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.svyaz.users.UserManagement;

class AdministratorBootstrapTests {

    @Test
    void aTooShortConfiguredPasswordStopsTheStartWithAMessageNamingTheSetting() {
        UserManagement users = mock(UserManagement.class);
        when(users.anyUserExists()).thenReturn(false);

        assertThatThrownBy(() -> new AdministratorBootstrap(users, "abc").start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SVYAZ_ADMIN_PASSWORD")
                .hasMessageContaining("at least " + UserManagement.MIN_PASSWORD_LENGTH + " characters");
        verify(users, never()).create(any());
    }
}
