package org.openspacemakers.marketplace.system;

/**
 * Text a client chose, made fit for one log line: CR, LF and every other control or invisible
 * formatting character written as an escape, and the whole cut short, so that a value can neither
 * start a forged line of its own nor flood the log. The production format (ECS JSON) escapes by
 * itself; the development console prints messages as they are, hence this.
 */
final class LogText {

    static final int MAX_LENGTH = 200;

    private LogText() {
    }

    static String of(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder(Math.min(value.length(), MAX_LENGTH) + 16);
        int shown = Math.min(value.length(), MAX_LENGTH);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\r' -> text.append("\\r");
                case '\n' -> text.append("\\n");
                case '\t' -> text.append("\\t");
                case '\\' -> text.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                            || Character.getType(c) == Character.LINE_SEPARATOR
                            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        if (value.length() > shown) {
            text.append("...(").append(value.length()).append(" chars)");
        }
        return text.toString();
    }
}
