package org.openspacemakers.marketplace.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;

/**
 * What the store logs while a test runs: an appender on Logback's root logger from {@link #capture()}
 * until {@link #close()}, keeping every event any thread logs (Tomcat's request threads included)
 * at the levels the store's configuration lets through. Safe to share between threads, so a test
 * may send many requests at once. Events are frozen as they arrive (message formatted, throwable
 * kept), and since a request logs before it answers, an answer received means its events are here.
 */
public final class LogEvents implements AutoCloseable {

    private final Queue<ILoggingEvent> events = new ConcurrentLinkedQueue<>();
    private final Logger root;
    private final UnsynchronizedAppenderBase<ILoggingEvent> appender;

    private LogEvents() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        appender = new UnsynchronizedAppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                event.prepareForDeferredProcessing();
                events.add(event);
            }
        };
        appender.setName("test-capture-" + System.identityHashCode(this));
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
    }

    /** Starts capturing; close it (try-with-resources) to stop. */
    public static LogEvents capture() {
        return new LogEvents();
    }

    /** Every event captured so far, in the order they arrived. */
    public List<ILoggingEvent> all() {
        return List.copyOf(events);
    }

    /** Events at WARN or ERROR: what an operator is asked to look at. */
    public List<ILoggingEvent> warningsAndErrors() {
        return all().stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN)).toList();
    }

    /** Events that carry a throwable, whose stack trace would be printed. */
    public List<ILoggingEvent> withThrowable() {
        return all().stream().filter(event -> event.getThrowableProxy() != null).toList();
    }

    /**
     * Events whose formatted message holds a CR or an LF directly followed by {@code text}: a line
     * a client wrote into the log, beginning with what it chose.
     */
    public List<ILoggingEvent> forgingALineStartingWith(String text) {
        return all().stream().filter(event -> {
            String message = event.getFormattedMessage();
            return message != null && (message.contains("\n" + text) || message.contains("\r" + text));
        }).toList();
    }

    /** Events whose formatted message holds {@code text} anywhere. */
    public List<ILoggingEvent> quoting(String text) {
        return all().stream().filter(event -> event.getFormattedMessage() != null
                && event.getFormattedMessage().contains(text)).toList();
    }

    /** One line per event, CR and LF shown as escapes, for an assertion's description. */
    public static String describe(List<ILoggingEvent> events) {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : events) {
            String line = event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage();
            if (event.getThrowableProxy() != null) {
                line += " [" + event.getThrowableProxy().getClassName() + ": " + event.getThrowableProxy().getMessage() + "]";
            }
            text.append(line.replace("\r", "\\r").replace("\n", "\\n")).append('\n');
        }
        return text.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
