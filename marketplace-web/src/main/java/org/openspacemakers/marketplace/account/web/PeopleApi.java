package org.openspacemakers.marketplace.account.web;

import java.util.List;
import java.util.UUID;
import org.openspacemakers.marketplace.account.People;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators find people and give or take their roles through the API, as on their page ({@link PeoplePages}). */
@RestController
class PeopleApi {

    private final People people;

    PeopleApi(People people) {
        this.people = people;
    }

    /** A person as the API shows them to an administrator. */
    record PersonJson(UUID id, String email, String name, List<Role> roles, boolean disabled) {
        static PersonJson of(User user) {
            return new PersonJson(user.id(), user.email(), user.displayName(), user.roles().stream().sorted().toList(),
                    user.isDisabled());
        }
    }

    @GetMapping("/api/v1/users")
    List<PersonJson> search(@RequestParam(name = "q", defaultValue = "") String words) {
        return people.search(words).stream().map(PersonJson::of).toList();
    }

    @PutMapping("/api/v1/users/{personId}/roles/{role}")
    PersonJson grant(@PathVariable UUID personId, @PathVariable String role, @AuthenticationPrincipal SignedInUser admin) {
        return PersonJson.of(people.grant(admin.id(), personId, role(role)));
    }

    @DeleteMapping("/api/v1/users/{personId}/roles/{role}")
    PersonJson revoke(@PathVariable UUID personId, @PathVariable String role, @AuthenticationPrincipal SignedInUser admin) {
        return PersonJson.of(people.revoke(admin.id(), personId, role(role)));
    }

    @PostMapping("/api/v1/users/{personId}/disable")
    PersonJson disable(@PathVariable UUID personId, @AuthenticationPrincipal SignedInUser admin) {
        return PersonJson.of(people.disable(admin.id(), personId));
    }

    @PostMapping("/api/v1/users/{personId}/enable")
    PersonJson enable(@PathVariable UUID personId, @AuthenticationPrincipal SignedInUser admin) {
        return PersonJson.of(people.enable(admin.id(), personId));
    }

    private static Role role(String name) {
        return PeoplePages.role(name);
    }
}
