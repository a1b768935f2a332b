package org.svyaz;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesUseOnlyEachOthersApisWithoutCycles() {
        ApplicationModules.of(SvyazApplication.class).verify();
    }
}
