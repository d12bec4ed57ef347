package org.openspacemakers.marketplace.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a chosen password must be: long enough, not too long for bcrypt, not common, not the account's own words. */
class PasswordRulesTest {

    private static String key(String password) {
        return PasswordRules.problem("password", password, "ada@example.org", "Ada Lovelace Byron").map(p -> p.key()).orElse("ok");
    }

    @Test
    void refusesShortCommonOverlongAndTheAccountsOwnWords() {
        assertThat(key("")).isEqualTo("invalid.required");
        assertThat(key("elevenchars")).isEqualTo("invalid.password.tooShort");
        assertThat(key("twelve chars")).isEqualTo("ok");
        assertThat(key("PASSWORD1234")).as("in any case").isEqualTo("invalid.password.common");
        assertThat(key("qwertyuiop123")).isEqualTo("invalid.password.common");
        assertThat(key("iloveyou2024")).isEqualTo("invalid.password.common");
        assertThat(key("ADA@example.org")).isEqualTo("invalid.password.likeAccount");
        assertThat(key("ada lovelace byron")).isEqualTo("invalid.password.likeAccount");
        assertThat(key("x".repeat(72))).isEqualTo("ok");
        assertThat(key("x".repeat(73))).isEqualTo("invalid.password.tooLong");
        assertThat(key("é".repeat(37))).as("74 bytes in UTF-8").isEqualTo("invalid.password.tooLong");
    }

    @Test
    void theListIsLoadedWithThousandsOfPasswords() {
        assertThat(PasswordRules.isCommon("password123456")).isTrue();
        assertThat(PasswordRules.isCommon("violet-kettle-marching-42")).isFalse();
    }
}
