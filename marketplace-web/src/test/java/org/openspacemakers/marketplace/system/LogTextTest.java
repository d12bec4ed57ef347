package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A client's text in a log line: on one line, every invisible character visible, and short. */
class LogTextTest {

    @Test
    void writesLineBreaksAndOtherControlCharactersAsEscapes() {
        assertThat(LogText.of("/boards/x\r\n2026-12-02 ERROR forged\ttab"))
                .isEqualTo("/boards/x\\r\\n2026-12-02 ERROR forged\\ttab");
        assertThat(LogText.of("a\u0000b\u001bc\u007fd\u0085e")).isEqualTo("a\\u0000b\\u001bc\\u007fd\\u0085e");
        assertThat(LogText.of("line\u2028paragraph\u2029")).isEqualTo("line\\u2028paragraph\\u2029");
        assertThat(LogText.of("abc\u202edcba\u200b")).as("bidi override and zero-width space").isEqualTo("abc\\u202edcba\\u200b");
    }

    @Test
    void escapesTheBackslashSoAnEscapeCannotBeForgedEither() {
        assertThat(LogText.of("a\\nb")).isEqualTo("a\\\\nb");
        assertThat(LogText.of("a\\nb")).isNotEqualTo(LogText.of("a\nb"));
    }

    @Test
    void keepsPrintableTextAsItIs() {
        assertThat(LogText.of("/boards/carte-été?q=Ω 25 € \"quoted\"")).isEqualTo("/boards/carte-été?q=Ω 25 € \"quoted\"");
        assertThat(LogText.of(null)).isEqualTo("null");
    }

    @Test
    void cutsALongValueAndSaysHowLongItWas() {
        String escaped = LogText.of("x".repeat(10_000));
        assertThat(escaped).startsWith("x".repeat(LogText.MAX_LENGTH)).endsWith("...(10000 chars)")
                .hasSize(LogText.MAX_LENGTH + "...(10000 chars)".length());
        assertThat(LogText.of("y".repeat(LogText.MAX_LENGTH))).isEqualTo("y".repeat(LogText.MAX_LENGTH));
    }
}
