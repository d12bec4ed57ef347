package org.openspacemakers.marketplace.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the running store, with HTTP Basic sign-in. */
@TestComponent
public class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Environment environment;

    Api(Environment environment) {
        this.environment = environment;
    }

    /** One answer: status, headers and body (parsed as JSON when it is JSON). */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public List<String> codes(String list) {
            return json().get(list).valueStream()
                    .map(node -> node.has("code") ? node.get("code").asString() : node.get("field").asString())
                    .toList();
        }
    }

    public String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET(), null, null, Map.of());
    }

    public Answer get(String path, Credentials who) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET(), who, null, Map.of());
    }

    public Answer get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET(), null, null, headers);
    }

    public Answer post(String path, Credentials who, String json) {
        return post(path, who, json, Map.of());
    }

    public Answer post(String path, Credentials who, String json, Map<String, String> headers) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).POST(body), who, json, headers);
    }

    /** A browser-like form POST (no Basic credentials), with the given extra headers such as Cookie. */
    public Answer postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        return postForm(path, List.copyOf(fields.entrySet()), headers);
    }

    /** A browser-like form POST whose fields may repeat (ticked checkboxes of one name), in their order. */
    public Answer postForm(String path, List<Map.Entry<String, String>> fields, Map<String, String> headers) {
        String form = fields.stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/x-www-form-urlencoded");
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).POST(HttpRequest.BodyPublishers.ofString(form)),
                null, null, all);
    }

    public Answer put(String path, Credentials who, String json) {
        return put(path, who, json, Map.of());
    }

    public Answer put(String path, Credentials who, String json, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), who, json, headers);
    }

    /** A PUT of raw bytes with their content type, e.g. a BOM file. */
    public Answer putBytes(String path, Credentials who, byte[] content, String contentType, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", contentType);
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).PUT(HttpRequest.BodyPublishers.ofByteArray(content)),
                who, null, all);
    }

    /** A POST of raw bytes with their content type, e.g. a photo. */
    public Answer postBytes(String path, Credentials who, byte[] content, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).POST(HttpRequest.BodyPublishers.ofByteArray(content)),
                who, null, Map.of("Content-Type", contentType));
    }

    private static final java.util.regex.Pattern CSRF = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A browser-like session: signed in through the form, with its cookie and CSRF token. */
    public record Session(String cookie, String csrf) {
        public Map<String, String> headers() {
            return Map.of("Cookie", cookie);
        }
    }

    public Session signIn(Credentials who) {
        Answer page = get("/login");
        String cookie = page.header("Set-Cookie").split(";", 2)[0];
        java.util.regex.Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        Answer signedIn = postForm("/login", Map.of("email", who.email(), "password", who.password(), "_csrf", token.group(1)),
                Map.of("Cookie", cookie));
        if (signedIn.status() != 302 || signedIn.header("Set-Cookie") == null) {
            throw new IllegalStateException("sign-in failed: " + signedIn.status());
        }
        String session = signedIn.header("Set-Cookie").split(";", 2)[0];
        java.util.regex.Matcher fresh = CSRF.matcher(get("/account", Map.of("Cookie", session)).body());
        if (!fresh.find()) {
            throw new IllegalStateException("no CSRF token after sign-in");
        }
        return new Session(session, fresh.group(1));
    }

    /** A form POST in a signed-in session, with its CSRF token. */
    public Answer submit(Session session, String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", session.csrf());
        return postForm(path, all, session.headers());
    }

    /** A form POST in a signed-in session whose fields may repeat (checkboxes), with its CSRF token. */
    public Answer submit(Session session, String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
        all.add(Map.entry("_csrf", session.csrf()));
        return postForm(path, all, session.headers());
    }

    /** A multipart form POST in a signed-in session: one file under {@code field}, and the CSRF token, as a browser uploads. */
    public Answer upload(Session session, String path, String field, String fileName, byte[] content, String contentType) {
        return upload(session, path, Map.of(), field, fileName, content, contentType);
    }

    /** A multipart form POST in a signed-in session: plain fields, one file under {@code field}, and the CSRF token. */
    public Answer upload(Session session, String path, Map<String, String> fields, String field, String fileName, byte[] content,
            String contentType) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", session.csrf());
        Multipart body = Multipart.of(all, field, fileName, content, contentType);
        Map<String, String> headers = new LinkedHashMap<>(session.headers());
        headers.put("Content-Type", body.contentType());
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())),
                null, null, headers);
    }

    /** A multipart POST of one file under {@code field}, as an API client (HTTP Basic) sends it. */
    public Answer upload(Credentials who, String path, String field, String fileName, byte[] content, String contentType) {
        return upload(who, path, field, fileName, content, contentType, Map.of());
    }

    /** A multipart POST of one file as an API client sends it, with extra headers (an {@code Origin}). */
    public Answer upload(Credentials who, String path, String field, String fileName, byte[] content, String contentType,
            Map<String, String> headers) {
        Multipart body = Multipart.of(Map.of(), field, fileName, content, contentType);
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", body.contentType());
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())),
                who, null, all);
    }

    /** A {@code multipart/form-data} body: plain fields first, then one file. */
    private record Multipart(byte[] bytes, String contentType) {

        static Multipart of(Map<String, String> fields, String field, String fileName, byte[] content, String contentType) {
            String boundary = "----upload" + java.util.UUID.randomUUID();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Multipart(body.toByteArray(), "multipart/form-data; boundary=" + boundary);
        }
    }

    /** A request without a body, by any method (DELETE, or a method the path does not serve). */
    public Answer call(String method, String path, Credentials who, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).method(method, HttpRequest.BodyPublishers.noBody()),
                who, null, headers);
    }

    /** What a body streamed by the client came to: the answer, and how many bytes the client had sent by then. */
    public record Streamed(Answer answer, long sent) {
    }

    /**
     * A JSON body the client writes while it sends it, never held whole: {@code prefix}, then spaces up
     * to {@code total} bytes. Chunked, unless {@code declareLength} sends {@code total} as Content-Length.
     */
    public Streamed stream(String method, String path, Credentials who, String prefix, long total, boolean declareLength,
            Map<String, String> headers) {
        GeneratedBody body = new GeneratedBody(prefix.getBytes(StandardCharsets.UTF_8), total);
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> body);
        HttpRequest.BodyPublisher publisher = declareLength ? HttpRequest.BodyPublishers.fromPublisher(chunked, total) : chunked;
        Answer answer = send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).method(method, publisher), who, "", headers);
        return new Streamed(answer, body.sent);
    }

    /** The bytes of a streamed body, made as they are read. */
    private static final class GeneratedBody extends java.io.InputStream {

        private final byte[] prefix;
        private final long total;
        private volatile long sent;

        GeneratedBody(byte[] prefix, long total) {
            this.prefix = prefix;
            this.total = total;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (sent >= total) {
                return -1;
            }
            int n = (int) Math.min(length, total - sent);
            for (int i = 0; i < n; i++) {
                long at = sent + i;
                buffer[offset + i] = at < prefix.length ? prefix[(int) at] : (byte) ' ';
            }
            sent += n;
            return n;
        }
    }

    /**
     * A request written byte for byte on a socket ({@link RawHttp}), for what {@code HttpClient}
     * refuses to send (bad percent-encoding, control characters in a header): the request line and
     * headers, without the final blank line; {@code Host}, {@code Content-Length} and
     * {@code Connection: close} are added.
     */
    public Answer raw(String head, byte[] body) {
        return answer(rawHttp().send((head + "\r\nHost: localhost:" + port() + "\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1), body));
    }

    /**
     * A request written as it is on the wire, for what {@link HttpClient} will not send (an invalid
     * escape or character in the path, a malformed header). {@code head} is the request line and
     * headers, without the blank line; the connection is closed after the answer.
     */
    public Answer raw(String head) {
        return answer(rawHttp().send((head + "\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1), new byte[0]));
    }

    /** A client writing requests byte for byte to the running store. */
    public RawHttp rawHttp() {
        return new RawHttp("localhost", port());
    }

    /** {@link #raw(String)} from another local address: a request as another machine (a proxy) sends it. */
    public Answer rawFrom(java.net.InetAddress from, String head) {
        return answer(new RawHttp("127.0.0.1", port(), from).send((head + "\r\nConnection: close\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), new byte[0]));
    }

    private int port() {
        return Integer.parseInt(environment.getProperty("local.server.port"));
    }

    private static Answer answer(RawHttp.Reply reply) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        reply.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        return new Answer(reply.status(), headers, reply.text());
    }

    /** A download: status, headers and the body's bytes as sent (a PDF is not text). */
    public record Download(int status, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    /** A GET whose body is kept as bytes, with these credentials or, when null, these headers alone (a session's cookie). */
    public Download download(String path, Credentials who, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
        if (who != null) {
            String token = who.email() + ":" + who.password();
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::setHeader);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer placeOrder(Credentials who, String key, String json) {
        return post("/api/v1/orders", who, json, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    private Answer send(HttpRequest.Builder request, Credentials who, String json, Map<String, String> headers) {
        if (who != null) {
            String token = who.email() + ":" + who.password();
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        Map<String, String> all = new LinkedHashMap<>(Map.of("Accept-Language", "en"));
        all.putAll(headers);
        all.forEach(request::setHeader);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
