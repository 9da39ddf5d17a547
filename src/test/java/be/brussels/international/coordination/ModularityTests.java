package be.brussels.international.coordination;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each capability is a module; a module uses another only through its public API, without cycles. */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(CoordinationApplication.class).verify();
    }
}
