package org.openspacemakers.marketplace.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/**
 * What a password chosen by a person must be: at least {@value #SHORTEST} characters, at most
 * {@value #LONGEST_BYTES} bytes in UTF-8 (bcrypt, the store's password hash, reads no further and
 * Spring Security refuses longer ones), not one of the common passwords of
 * {@code account/common-passwords.txt} and not the person's e-mail or name, in any case.
 */
final class PasswordRules {

    static final int SHORTEST = 12;
    static final int LONGEST_BYTES = 72;

    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** The problem with this password, named under {@code field}; empty when it may be used. */
    static Optional<InvalidInput.Problem> problem(String field, String password, String email, String name) {
        if (password == null || password.isEmpty()) {
            return Optional.of(InvalidInput.Problem.of(field, "invalid.required"));
        }
        if (password.codePointCount(0, password.length()) < SHORTEST) {
            return Optional.of(InvalidInput.Problem.of(field, "invalid.password.tooShort", SHORTEST));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_BYTES) {
            return Optional.of(InvalidInput.Problem.of(field, "invalid.password.tooLong", LONGEST_BYTES));
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of(InvalidInput.Problem.of(field, "invalid.password.common"));
        }
        if ((email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT)))
                || (name != null && lower.equals(name.strip().toLowerCase(Locale.ROOT)))) {
            return Optional.of(InvalidInput.Problem.of(field, "invalid.password.likeAccount"));
        }
        return Optional.empty();
    }

    /** Refuses the password, naming {@code field}, unless it may be used. */
    static void check(String field, String password, String email, String name) {
        problem(field, password, email, name).ifPresent(problem -> {
            throw new InvalidInput(java.util.List.of(problem));
        });
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("account/common-passwords.txt is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String password = line.strip();
                if (!password.isEmpty() && !password.startsWith("#")) {
                    passwords.add(password.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
