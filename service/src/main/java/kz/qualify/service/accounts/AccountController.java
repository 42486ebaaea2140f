package kz.qualify.service.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import kz.qualify.service.organisations.Organisations;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountController {

    private final Accounts accounts;
    private final Organisations organisations;

    AccountController(Accounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    record AccountForm(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+")
            String username,

            @NotBlank @Size(min = 10, max = 200) String password,
            @NotNull Actor.Role role,
            @Nullable Long organisationId) {}

    @PostMapping("/api/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Account> create(@Valid @RequestBody AccountForm form, Authentication who) {
        if (form.role() == Actor.Role.APPLICANT) {
            if (form.organisationId() == null) {
                throw ApiException.invalid("organisationId", "an applicant is bound to one organisation");
            }
            if (organisations.find(form.organisationId()).isEmpty()) {
                throw ApiException.invalid("organisationId", "no organisation " + form.organisationId());
            }
        } else if (form.organisationId() != null) {
            throw ApiException.invalid("organisationId", "only applicants belong to an organisation");
        }
        if (accounts.findByUsername(form.username()).isPresent()) {
            throw ApiException.conflict("duplicate-username", "username " + form.username() + " is taken");
        }
        var a = accounts.create(who.getName(), form.username(), form.password(), form.role(), form.organisationId());
        return ResponseEntity.created(URI.create("/api/accounts/" + a.id())).body(a);
    }

    @GetMapping("/api/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    Page<Account> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return accounts.page(new Page.Request(page, size));
    }

    /** Who am I. */
    @GetMapping("/api/me")
    Actor me(Authentication who) {
        return Actor.of(who);
    }
}
