package org.openspacemakers.marketplace.fuzz;

/**
 * One malformed request as sent on the wire: its head (request line and headers, each character
 * one byte) and body, what was broken in it, and whether its answer must be a problem+json
 * (an API path the broken parts did not move elsewhere).
 */
record Probe(int number, String head, byte[] body, String broken, boolean api) {

    @Override
    public String toString() {
        String requestLine = head.lines().findFirst().orElse("");
        return "case " + number + " [" + broken + "] " + (requestLine.length() > 160
                ? requestLine.substring(0, 160) + "..." : requestLine);
    }
}
