package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message goes through {@code MessageFormat}, with arguments or without: a lone apostrophe
 * there starts a quoted part and disappears from the page ("the invoices total"), so each one is
 * written twice ({@code ''}).
 */
class MessageApostrophesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties", "notification/mails.properties",
            "notification/mails_fr.properties"})
    void everyApostropheIsWrittenTwice(String file) throws IOException {
        List<String> lone = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].startsWith("#") && LONE_APOSTROPHE.matcher(lines[i]).find()) {
                    lone.add((i + 1) + ": " + lines[i]);
                }
            }
        }
        assertThat(lone).as("lines of %s with a lone apostrophe", file).isEmpty();
    }
}
