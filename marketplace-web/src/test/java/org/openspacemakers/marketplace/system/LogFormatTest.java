package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store's log format as its configuration chooses it: with the {@code production} profile,
 * ECS JSON, one line per event whatever its message holds; without it, Boot's readable console.
 * The configuration is read as Boot reads it at start-up, and an event encoded by Boot's own
 * encoder on a logger context of the test's own, so the store's logging is left alone.
 */
class LogFormatTest {

    private static final String FORMAT = "logging.structured.format.console";

    @Test
    void theProductionProfileWritesOneJsonLinePerEventWithLineBreaksEscaped() {
        Environment production = environment("production");
        assertThat(production.getProperty(FORMAT)).isEqualTo("ecs");

        String message = "GET /?q=\r\n2026-12-02T09:00:00Z ERROR forged line";
        String line = encode(production, message);

        assertThat(line).endsWith("\n");
        assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n", "\r").contains("\\r\\n2026-12-02");
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.get("message").asString()).isEqualTo(message);
        assertThat(json.has("@timestamp")).isTrue();
        assertThat(environment().getProperty(FORMAT)).as("without the profile, Boot's readable console").isNull();
    }

    private static Environment environment(String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(environment, null, null, profiles);
        return environment;
    }

    private static String encode(Environment environment, String message) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(environment.getProperty(FORMAT));
        encoder.start();
        LoggingEvent event = new LoggingEvent(LogFormatTest.class.getName(), context.getLogger(LogFormatTest.class),
                Level.INFO, message, null, null);
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}
