package org.openspacemakers.marketplace.account.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up, e-mail verification and password reset through the API, for anyone (resending the
 * verification: the signed-in person). No answer tells whether an address has an account: a
 * sign-up with a registered address answers as a new one does, a reset request 202 whatever the
 * address. The pages do the same ({@link SignUpPages}).
 */
@RestController
@RequestMapping("/api/v1/accounts")
class SignUpApi {

    private final Accounts accounts;

    SignUpApi(Accounts accounts) {
        this.accounts = accounts;
    }

    record SignUpRequest(String email, String password, String name) {
    }

    /** The same for every sign-up that was taken, whether the address was new or not. */
    record SignUpJson(String email, boolean verificationMailed) {
    }

    record TokenRequest(String token) {
    }

    record ResetRequest(String email) {
    }

    record NewPasswordRequest(String token, String password) {
    }

    @PostMapping
    @Operation(summary = "Sign up as a buyer; a verification link is mailed (the answer is the same for an address already registered)")
    ResponseEntity<SignUpJson> signUp(@RequestBody SignUpRequest request, Locale locale) {
        accounts.signUp(request.email(), request.password(), request.name(), locale);
        return ResponseEntity.status(HttpStatus.CREATED).body(new SignUpJson(request.email().strip().toLowerCase(Locale.ROOT), true));
    }

    @PostMapping("/verify")
    @Operation(summary = "Verify an address (or confirm a new one) with the token of the mailed link; 400 when it is used, expired or unknown")
    ResponseEntity<Void> verify(@RequestBody TokenRequest request) {
        accounts.verifyEmail(request.token());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/verify/resend")
    @Operation(summary = "Mail the signed-in person a new verification link (nothing when their address is verified already)")
    ResponseEntity<Void> resend(@AuthenticationPrincipal SignedInUser user, Locale locale) {
        accounts.resendVerification(user.id(), locale);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/password-reset")
    @Operation(summary = "Mail a password reset link to the address if an account has it; 202 whatever the address")
    ResponseEntity<Void> requestReset(@RequestBody ResetRequest request, Locale locale) {
        accounts.requestPasswordReset(request.email(), locale);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/password-reset/confirm")
    @Operation(summary = "Set a new password with the token of the mailed link; the old one stops working, access tokens stay")
    ResponseEntity<Void> confirmReset(@RequestBody NewPasswordRequest request) {
        accounts.resetPassword(request.token(), request.password());
        return ResponseEntity.noContent().build();
    }
}
