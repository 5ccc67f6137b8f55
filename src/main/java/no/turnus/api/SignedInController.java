package no.turnus.api;

import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who is signed in, for the web UI's header. */
@RestController
@Tag(name = "Sign-in")
class SignedInController {

    record Me(String name, Set<Role> roles, Set<String> units) {
    }

    private final Access access;

    SignedInController(Access access) {
        this.access = access;
    }

    @GetMapping("/api/me")
    @Operation(summary = "The signed-in user", description = "Name, roles and organisation units.")
    Me me() {
        Caller caller = access.caller();
        return new Me(caller.name(), caller.roles(), caller.units());
    }
}
