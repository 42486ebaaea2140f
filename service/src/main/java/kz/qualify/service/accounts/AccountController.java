package kz.qualify.service.accounts;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.organisations.Organisations;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Page;
import kz.qualify.service.web.Refuses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountController {

    private final Accounts accounts;
    private final Organisations organisations;
    private final AccountAdministration administration;

    AccountController(Accounts accounts, Organisations organisations, AccountAdministration administration) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.administration = administration;
    }

    record AccountForm(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+")
            String username,

            @NotNull String password,
            @NotNull Actor.Role role,
            @Nullable Long organisationId) {}

    @ResponseStatus(HttpStatus.CREATED) // as ResponseEntity answers: declared for the API document
    @Operation(
            operationId = "createAccount",
            summary =
                    "Create an account: an applicant of an organisation, an officer or an administrator (administrators)")
    @Refuses(409)
    @PostMapping("/api/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Account> create(@Valid @RequestBody AccountForm form, Authentication who) {
        if (form.role() == Actor.Role.APPLICANT) {
            if (form.organisationId() == null) {
                throw ApiException.invalid("organisationId", Message.of("api.account.applicantNeedsOrganisation"));
            }
            if (organisations.find(form.organisationId()).isEmpty()) {
                throw ApiException.invalid(
                        "organisationId",
                        Message.of("api.account.noSuchOrganisation", Arg.count("id", form.organisationId())));
            }
        } else if (form.organisationId() != null) {
            throw ApiException.invalid("organisationId", Message.of("api.account.onlyApplicantsHaveOrganisation"));
        }
        var weak = PasswordPolicy.problem(form.username(), form.password());
        if (weak != null) throw ApiException.invalid("password", weak);
        if (accounts.findByUsername(form.username()).isPresent()) {
            throw ApiException.conflict(
                    "duplicate-username",
                    Message.of("api.account.usernameTaken", Arg.text("username", form.username())));
        }
        // The initial password is temporary, like one an administrator sets later: the administrator
        // knows it, so until the account replaces it with its own, what is done under the account
        // could be the administrator's doing. A licensing body holds the account's holder answerable
        // for what the account files and decides, so that holder must be the only one who knows the
        // password (ISO/IEC 27002, 5.17: temporary authentication information is changed on first
        // use). The first administrator and the demo accounts are not created here: their passwords
        // come from the deployment's own configuration.
        var a = accounts.createWithTemporaryPassword(
                who.getName(), form.username(), form.password(), form.role(), form.organisationId());
        return ResponseEntity.created(URI.create("/api/accounts/" + a.id())).body(a);
    }

    @Operation(operationId = "listAccounts", summary = "The accounts, page by page (administrators)")
    @GetMapping("/api/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    Page<Account> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return accounts.page(new Page.Request(page, size));
    }

    @Operation(operationId = "getAccount", summary = "One account (administrators)")
    @GetMapping("/api/accounts/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Account get(@PathVariable long id) {
        return accounts.find(id)
                .orElseThrow(() -> ApiException.notFound(Message.of("api.what.account", Arg.count("id", id))));
    }

    /** Why an account is disabled; recorded in the audit trail. */
    record DisableRequest(
            @NotBlank(message = "{kz.qualify.account.reason-required}") @Size(max = 2000)
            String reason) {}

    /** Why an account is enabled again, when the administrator says; recorded in the audit trail. */
    record EnableRequest(@Nullable @Size(max = 2000) String reason) {}

    /** Disables an account, for a reason: every request with its credentials then answers 401. */
    @Operation(operationId = "disableAccount", summary = "Disable an account, with the reason (administrators)")
    @Refuses(409)
    @PostMapping("/api/accounts/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    Account disable(
            @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true)
                    @Valid
                    @RequestBody(required = false)
                    @Nullable
                    DisableRequest form,
            Authentication who) {
        // the body is optional to Spring only so that a missing one is a problem naming the field
        if (form == null) throw ApiException.invalid("reason", AccountAdministration.REASON_REQUIRED);
        return administration.disable(Actor.of(who), id, form.reason());
    }

    /** Enables a disabled account again; the body, with a reason, is optional. */
    @Operation(operationId = "enableAccount", summary = "Enable a disabled account (administrators)")
    @PostMapping("/api/accounts/{id}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    Account enable(
            @PathVariable long id,
            @Valid @RequestBody(required = false) @Nullable EnableRequest form,
            Authentication who) {
        return administration.enable(Actor.of(who), id, form == null ? null : form.reason());
    }

    record NewPassword(@NotNull String newPassword) {}

    /** An administrator sets a new password for another account (a forgotten one, say). */
    @Operation(
            operationId = "setTemporaryPassword",
            summary = "Give an account a temporary password, to be changed at its next login (administrators)")
    @Refuses(409)
    @PutMapping("/api/accounts/{id}/password")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> setPassword(@PathVariable long id, @Valid @RequestBody NewPassword form, Authentication who) {
        administration.setPassword(Actor.of(who), id, form.newPassword());
        return ResponseEntity.noContent().build();
    }

    /**
     * Who am I: the account's username, role, organisation (applicants) and whether its password is
     * temporary and must be changed ({@code PUT /api/me/password}) before anything else. Answered
     * even then.
     */
    record Me(String username, Actor.Role role, @Nullable Long organisationId, boolean mustChangePassword) {}

    @Operation(operationId = "whoAmI", summary = "The logged-in account: its name, role and organisation")
    @GetMapping("/api/me")
    Me me(Authentication who) {
        var actor = Actor.of(who);
        boolean temporary =
                who.getPrincipal() instanceof AccountPrincipal p && p.account().mustChangePassword();
        return new Me(actor.username(), actor.role(), actor.organisationId(), temporary);
    }

    record PasswordChange(
            @NotNull String currentPassword, @NotNull String newPassword) {}

    /**
     * Any account changes its own password, giving the current one; this is also how a temporary
     * password set by an administrator is replaced.
     */
    @Operation(operationId = "changeOwnPassword", summary = "Change one's own password (also replaces a temporary one)")
    @PutMapping("/api/me/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange form, Authentication who) {
        administration.changeOwnPassword(Actor.of(who), form.currentPassword(), form.newPassword());
        return ResponseEntity.noContent().build();
    }
}
