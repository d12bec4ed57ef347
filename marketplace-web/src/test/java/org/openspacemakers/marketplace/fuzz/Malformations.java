package org.openspacemakers.marketplace.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openspacemakers.marketplace.fuzz.Endpoint.Channel;
import org.openspacemakers.marketplace.fuzz.Endpoint.Form;
import org.openspacemakers.marketplace.fuzz.Endpoint.Json;
import org.openspacemakers.marketplace.fuzz.Endpoint.Query;
import org.openspacemakers.marketplace.fuzz.Endpoint.Upload;
import org.openspacemakers.marketplace.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the n-th malformed request of a seed: an endpoint, then at least one thing that makes the
 * request wrong whatever else it holds (a path naming nothing, missing or forged credentials or
 * CSRF token, a field given a value no such field accepts, a body that is not what the endpoint
 * reads), and sometimes noise on top (odd headers and parameters that alone change nothing).
 * Reads may also get noise alone. The same seed and number always give the same request.
 */
final class Malformations {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** Path segments that name nothing: unknown, malformed, encoded oddly, or not a segment at all. */
    private static final List<String> BAD_SEGMENTS = List.of("not-a-uuid", "%zz", "%ff%fe", "..", "%2e%2e", "%2F",
            "a%2Fb", ";jsessionid=1", "%00", "-1", "%E2%80%AE", "x".repeat(2000), "%C0%AF", "%25", "%20", "~",
            "%0d%0aX-Forged:%20yes", "\u00ff", "%", "a%5Cb", "00000000-0000-0000-0000-000000000000", "1e400",
            "FULL_KIT", "ZZ", "\u00e9t\u00e9");

    private static final List<String> BAD_AUTHORIZATION = List.of("Bearer " + "0".repeat(43), "Bearer ", "Bearer",
            "Basic !!!", "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)),
            "Digest username=\"x\"", "bearer \u00ff\u00fe", "Basic", "Bearer a b c");

    private static final List<String> NOISE_HEADERS = List.of("Accept-Language: xx-YY;q=abc, *;q=2",
            "Accept-Language: " + "fr-FR,".repeat(200), "Accept-Language: \u00ff\u00fe", "Accept: image/png",
            "Accept: */*;q=x", "Accept: application/json;charset=bogus", "X-Forwarded-For: \u00ff, 999.1.1.1",
            "User-Agent: \u00ff\u00fe\u0001", "Cookie: =; ;;", "Range: bytes=999999999-", "If-Modified-Since: yesterday",
            "Origin: null", "Referer: javascript:alert(1)", "Accept-Encoding: gzip;q=NaN", "Expect: 100-continue",
            "Host2: x", "Content-Language: \r", "X-Long: " + "y".repeat(6000));

    private static final List<String> NOISE_PARAMETERS = List.of("lang=xx", "lang=%ff", "lang=" + "e".repeat(300),
            "country=ZZ", "country=%0d%0a", "_method=DELETE", "%zz=1", "a[0][1]=2", "page=-1", "size=1e9", "=", "&&&");

    private final World world;
    private final List<Endpoint> endpoints;
    private final String host;
    private final long seed;

    Malformations(World world, List<Endpoint> endpoints, String host, long seed) {
        this.world = world;
        this.endpoints = endpoints;
        this.host = host;
        this.seed = seed;
    }

    private enum Breakage { PATH, CREDENTIALS, CSRF, FIELD, SYNTAX, CONTENT_TYPE, UPLOAD, IDEMPOTENCY_KEY, NOISE_ONLY }

    /** What a probe is being built from, changed step by step by the breakages and noise. */
    private static final class Draft {
        String method;
        String path;
        String query = "";
        final Map<String, String> headers = new LinkedHashMap<>();
        final List<String> rawHeaders = new ArrayList<>();
        byte[] body = new byte[0];
        boolean csrf;
        boolean api;
        final List<String> broken = new ArrayList<>();
    }

    Probe probe(int number) {
        Random random = new Random(seed * 1_000_003L + number);
        Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
        List<Breakage> possible = breakages(endpoint);
        Breakage breakage = possible.get(random.nextInt(possible.size()));
        Draft draft = valid(endpoint, random);
        draft.broken.add(endpoint.method() + " " + endpoint.path() + ": " + breakage);
        switch (breakage) {
            case PATH -> breakPath(draft, endpoint, random);
            case CREDENTIALS -> breakCredentials(draft, endpoint, random);
            case CSRF -> breakCsrf(draft, random);
            case FIELD -> breakFields(draft, endpoint, random);
            case SYNTAX -> breakSyntax(draft, endpoint, random);
            case CONTENT_TYPE -> breakContentType(draft, random);
            case UPLOAD -> breakUpload(draft, (Upload) endpoint.body(), random);
            case IDEMPOTENCY_KEY -> breakIdempotencyKey(draft, random);
            case NOISE_ONLY -> addNoise(draft, random);
        }
        if (breakage != Breakage.NOISE_ONLY && random.nextInt(3) == 0) {
            addNoise(draft, random);
        }
        return toProbe(number, draft);
    }

    private List<Breakage> breakages(Endpoint endpoint) {
        List<Breakage> possible = new ArrayList<>(List.of(Breakage.PATH));
        if (endpoint.caller().role() != null) {
            possible.add(Breakage.CREDENTIALS);
        }
        boolean page = endpoint.caller().channel() == Channel.PAGE;
        if (page && !endpoint.reads()) {
            possible.add(Breakage.CSRF);
        }
        if (endpoint.body() instanceof Json) {
            possible.addAll(List.of(Breakage.FIELD, Breakage.FIELD, Breakage.SYNTAX, Breakage.CONTENT_TYPE));
        } else if (endpoint.body() instanceof Form form) {
            if (!form.fields().isEmpty()) {
                possible.addAll(List.of(Breakage.FIELD, Breakage.FIELD));
            }
            if (hasRequired(form.fields())) {
                possible.addAll(List.of(Breakage.SYNTAX, Breakage.CONTENT_TYPE));
            }
        } else if (endpoint.body() instanceof Query) {
            possible.addAll(List.of(Breakage.FIELD, Breakage.FIELD, Breakage.SYNTAX));
        } else if (endpoint.body() instanceof Upload) {
            possible.addAll(List.of(Breakage.UPLOAD, Breakage.UPLOAD, Breakage.CONTENT_TYPE));
        }
        if (endpoint.path().equals("/api/v1/orders") && endpoint.method().equals("POST")) {
            possible.add(Breakage.IDEMPOTENCY_KEY);
        }
        if (endpoint.reads()) {
            possible.add(Breakage.NOISE_ONLY);
        }
        return possible;
    }

    private static boolean hasRequired(List<Field> fields) {
        return fields.stream().anyMatch(field -> field.wrong().contains(Field.MISSING));
    }

    /** The endpoint's valid request, signed in as its caller. */
    private Draft valid(Endpoint endpoint, Random random) {
        Draft draft = new Draft();
        draft.method = endpoint.method();
        draft.path = fill(endpoint.path());
        draft.api = endpoint.caller().channel() == Channel.API;
        if (endpoint.caller().role() != null) {
            if (draft.api) {
                draft.headers.put("Authorization", "Bearer " + world.tokens.get(endpoint.caller().role()));
            } else {
                draft.headers.put("Cookie", world.sessions.get(endpoint.caller().role()).cookie());
                draft.csrf = !endpoint.reads();
            }
        }
        draft.headers.put("Accept-Language", random.nextBoolean() ? "en" : "fr");
        if (endpoint.path().equals("/api/v1/orders")) {
            draft.headers.put("Idempotency-Key", "fuzz-" + UUID.randomUUID());
        }
        if (endpoint.body() instanceof Json json) {
            draft.headers.put("Content-Type", "application/json");
            draft.body = fill(json.template()).getBytes(StandardCharsets.UTF_8);
        } else if (endpoint.body() instanceof Form form) {
            draft.headers.put("Content-Type", "application/x-www-form-urlencoded");
            draft.body = encode(fillAll(form.template())).getBytes(StandardCharsets.UTF_8);
        } else if (endpoint.body() instanceof Query query) {
            draft.query = encode(fillAll(query.template()));
        } else if (endpoint.body() instanceof Upload upload) {
            if (upload.partName() == null) {
                draft.headers.put("Content-Type", upload.contentType());
                draft.body = "Reference,Value\n".getBytes(StandardCharsets.UTF_8);
            } else {
                multipart(draft, upload, upload.partName(), upload.contentType(), new byte[0], "boundary-fuzz", true);
            }
        }
        return draft;
    }

    private void breakPath(Draft draft, Endpoint endpoint, Random random) {
        String bad = pick(random, BAD_SEGMENTS);
        if (bad.equals("not-a-uuid") && random.nextBoolean()) {
            bad = UUID.randomUUID().toString();
        }
        List<String> names = new ArrayList<>();
        PLACEHOLDER.matcher(endpoint.path()).results().forEach(m -> names.add(m.group(1)));
        if (names.isEmpty()) {
            draft.path = draft.path + "/" + bad;
        } else {
            String chosen = pick(random, names);
            String template = endpoint.path().replace("{" + chosen + "}", "\u0002");
            draft.path = fill(template).replace("\u0002", bad);
        }
        draft.broken.add("segment " + bad);
        if (bad.contains("..") || bad.contains("%2e") || bad.contains("%2F") || bad.contains(";") || bad.contains("%5C")
                || bad.contains("%00") || bad.contains("%25") || bad.contains("%C0")) {
            draft.api = false; // the container or the firewall answers, or the path now names something else
        }
    }

    private void breakCredentials(Draft draft, Endpoint endpoint, Random random) {
        if (draft.api) {
            String bad = pick(random, BAD_AUTHORIZATION);
            draft.headers.put("Authorization", bad);
            draft.broken.add("Authorization " + bad);
        } else if (random.nextBoolean()) {
            draft.headers.remove("Cookie");
            draft.broken.add("no session");
        } else {
            draft.headers.put("Cookie", "JSESSIONID=" + UUID.randomUUID().toString().replace("-", "").toUpperCase());
            draft.broken.add("unknown session");
        }
    }

    private void breakCsrf(Draft draft, Random random) {
        draft.csrf = false;
        switch (random.nextInt(3)) {
            case 0 -> draft.broken.add("no CSRF token");
            case 1 -> {
                appendForm(draft, "_csrf=" + UUID.randomUUID());
                draft.broken.add("forged CSRF token");
            }
            default -> {
                draft.rawHeaders.add("X-CSRF-TOKEN: " + UUID.randomUUID());
                draft.broken.add("forged CSRF header");
            }
        }
    }

    private void breakFields(Draft draft, Endpoint endpoint, Random random) {
        if (endpoint.body() instanceof Json json) {
            draft.body = brokenJson(draft, json, random).getBytes(StandardCharsets.UTF_8);
        } else if (endpoint.body() instanceof Form form) {
            draft.body = encode(brokenEntries(draft, fillAll(form.template()), form.fields(), random))
                    .getBytes(StandardCharsets.UTF_8);
        } else if (endpoint.body() instanceof Query query) {
            draft.query = encode(brokenEntries(draft, fillAll(query.template()), query.fields(), random));
        } else {
            throw new IllegalStateException("no fields to break");
        }
    }

    /** One to three fields given wrong values, as JSON text spliced where the field's value was. */
    private String brokenJson(Draft draft, Json json, Random random) {
        ObjectNode root = (ObjectNode) Api.JSON.readTree(fill(json.template()));
        Map<String, String> splices = new LinkedHashMap<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Field field = pick(random, json.fields());
            String wrong = pick(random, field.wrong());
            if (i > 0 && !(navigate(root, field.name().split("\\.")) instanceof ObjectNode)) {
                continue; // an earlier field of this draft replaced the object this one is in
            }
            draft.broken.add(field.name() + "=" + abbreviate(wrong));
            if (wrong.equals(Field.MISSING)) {
                remove(root, field.name());
            } else {
                String marker = "\u0001splice" + i + "\u0001";
                set(root, field.name(), marker);
                splices.put(Api.JSON.writeValueAsString(marker), wrong);
            }
        }
        String text = Api.JSON.writeValueAsString(root);
        for (Map.Entry<String, String> splice : splices.entrySet()) {
            text = text.replace(splice.getKey(), splice.getValue());
        }
        return text;
    }

    private List<Map.Entry<String, String>> brokenEntries(Draft draft, List<Map.Entry<String, String>> valid, List<Field> fields,
            Random random) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(valid);
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Field field = pick(random, fields);
            String wrong = pick(random, field.wrong());
            draft.broken.add(field.name() + "=" + abbreviate(wrong));
            entries.removeIf(entry -> entry.getKey().equals(field.name()));
            if (!wrong.equals(Field.MISSING)) {
                entries.add(Map.entry(field.name(), wrong));
            }
        }
        return entries;
    }

    private void breakSyntax(Draft draft, Endpoint endpoint, Random random) {
        if (endpoint.body() instanceof Json json) {
                String template = fill(json.template());
                List<byte[]> bodies = List.of(
                        template.substring(0, random.nextInt(template.length())).getBytes(StandardCharsets.UTF_8),
                        new byte[0], "null".getBytes(StandardCharsets.UTF_8), "[]".getBytes(StandardCharsets.UTF_8),
                        "\"text\"".getBytes(StandardCharsets.UTF_8), "42".getBytes(StandardCharsets.UTF_8),
                        "[".repeat(5_000).getBytes(StandardCharsets.UTF_8),
                        ("{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)).getBytes(StandardCharsets.UTF_8),
                        template.replace("\"", "'").getBytes(StandardCharsets.UTF_8),
                        ("{\"x\":\"" + "\\u".repeat(3) + "\"}").getBytes(StandardCharsets.UTF_8),
                        concat(template.substring(0, template.length() / 2).getBytes(StandardCharsets.UTF_8),
                                new byte[] {(byte) 0xc3, (byte) 0x28, (byte) 0xa0, (byte) 0xa1}),
                        randomBytes(random, 1 + random.nextInt(2_000)),
                        "<?xml version=\"1.0\"?><order/>".getBytes(StandardCharsets.UTF_8),
                        "{\"a\":1}{\"b\":2}".getBytes(StandardCharsets.UTF_8),
                        ("[" + "1,".repeat(20_000) + "1]").getBytes(StandardCharsets.UTF_8));
                int which = random.nextInt(bodies.size());
                draft.body = bodies.get(which);
                draft.broken.add("body #" + which);
        } else if (endpoint.body() instanceof Form) {
                List<String> bodies = List.of("%zz=%ff%fe", "=&=&=", "&&&&", "%", "a=%E0%A4%A", "\u00ff\u00fe=\u0000",
                        "x=" + "%41".repeat(3_000), "name[=1", "a=1;b=2", "%0d%0aX-Forged=1");
                String chosen = pick(random, bodies);
                draft.body = chosen.getBytes(StandardCharsets.ISO_8859_1);
                draft.broken.add("form " + abbreviate(chosen));
        } else if (endpoint.body() instanceof Query) {
                List<String> queries = List.of("%zz=%ff", "q=%", "q=%ff%0d%0aFORGED%20ERROR", "=&=&", "q=\u00ff",
                        "q=%E0%A4%A", "q[]=1&q[]=2", "size=1&size=2&size=x", "%00=%00", "q=" + "%2525".repeat(500));
                String chosen = pick(random, queries);
                draft.query = chosen;
                draft.broken.add("query " + abbreviate(chosen));
        } else {
            throw new IllegalStateException("no body to break");
        }
    }

    private void breakContentType(Draft draft, Random random) {
        String type = pick(random, List.of("text/xml", "application/json;charset=bogus", "multipart/form-data",
                "multipart/form-data; boundary=", "image/svg+xml", "application/octet-stream", "text/plain", "application/x-java-serialized-object",
                "*/*", "application/", "\u00ff/\u00fe", "application/json, text/xml"));
        if (draft.headers.getOrDefault("Content-Type", "").startsWith("multipart/form-data")
                || type.equals(draft.headers.get("Content-Type"))) {
            type = "text/xml";
        }
        draft.headers.put("Content-Type", type);
        draft.broken.add("Content-Type " + type);
    }

    private void breakUpload(Draft draft, Upload upload, Random random) {
        // Evidence is judged by its first bytes alone: a PNG's signature followed by junk is a PNG there.
        int kind = random.nextInt(7);
        if (kind == 3 && upload.otherParts().containsKey("item")) {
            kind = 6;
        }
        byte[] junk = switch (kind) {
            case 0 -> new byte[0];
            case 1 -> randomBytes(random, 1 + random.nextInt(4_000));
            case 2 -> "\"unterminated,quote\nR1,10k\n".getBytes(StandardCharsets.UTF_8);
            case 3 -> concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, randomBytes(random, 200));
            case 4 -> "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
            case 5 -> "PK\u0003\u0004\u0014\u0000".getBytes(StandardCharsets.ISO_8859_1);
            default -> "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1);
        };
        if (upload.partName() == null) {
            draft.body = junk;
            draft.broken.add("file of " + junk.length + " bytes");
            return;
        }
        switch (random.nextInt(6)) {
            case 0 -> {
                multipart(draft, upload, "other", upload.contentType(), junk, "boundary-fuzz", true);
                draft.broken.add("file under another name");
            }
            case 1 -> {
                multipart(draft, upload, upload.partName(), upload.contentType(), junk, "boundary-fuzz", false);
                draft.broken.add("no closing boundary");
            }
            case 2 -> {
                multipart(draft, upload, upload.partName(), upload.contentType(), junk, "boundary-fuzz", true);
                draft.headers.put("Content-Type", "multipart/form-data; boundary=another-boundary");
                draft.broken.add("boundary not in the body");
            }
            case 3 -> {
                Upload badItem = new Upload(upload.partName(), upload.contentType(),
                        upload.otherParts().isEmpty() ? Map.of() : Map.of("item", "NOPE"));
                multipart(draft, badItem, upload.partName(), upload.contentType(), junk, "boundary-fuzz", true);
                draft.broken.add("item NOPE, junk file");
            }
            default -> {
                multipart(draft, upload, upload.partName(), upload.contentType(), junk, "boundary-fuzz", true);
                draft.broken.add("junk file of " + junk.length + " bytes");
            }
        }
    }

    private void breakIdempotencyKey(Draft draft, Random random) {
        switch (random.nextInt(3)) {
            case 0 -> {
                draft.headers.remove("Idempotency-Key");
                draft.broken.add("no Idempotency-Key");
            }
            case 1 -> {
                draft.headers.put("Idempotency-Key", "k".repeat(101));
                draft.broken.add("Idempotency-Key too long");
            }
            default -> {
                draft.headers.put("Idempotency-Key", "");
                draft.broken.add("empty Idempotency-Key");
            }
        }
    }

    private void addNoise(Draft draft, Random random) {
        if (random.nextBoolean()) {
            String header = pick(random, NOISE_HEADERS);
            draft.rawHeaders.add(header);
            draft.broken.add("noise " + abbreviate(header));
        } else {
            String parameter = pick(random, NOISE_PARAMETERS);
            draft.query = draft.query.isEmpty() ? parameter : draft.query + "&" + parameter;
            draft.broken.add("noise ?" + abbreviate(parameter));
        }
    }

    private Probe toProbe(int number, Draft draft) {
        if (draft.csrf) {
            appendForm(draft, "_csrf=" + URLEncoder.encode(csrfOf(draft), StandardCharsets.UTF_8));
        }
        StringBuilder head = new StringBuilder();
        head.append(draft.method).append(' ').append(draft.path);
        if (!draft.query.isEmpty()) {
            head.append('?').append(draft.query);
        }
        head.append(" HTTP/1.1\r\nHost: ").append(host).append("\r\nConnection: close\r\n");
        draft.headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        draft.rawHeaders.forEach(header -> head.append(header).append("\r\n"));
        head.append("Content-Length: ").append(draft.body.length).append("\r\n");
        return new Probe(number, head.toString(), draft.body, String.join("; ", draft.broken), draft.api);
    }

    /** The CSRF token of the session the draft's cookie names. */
    private String csrfOf(Draft draft) {
        String cookie = draft.headers.get("Cookie");
        return world.sessions.values().stream().filter(session -> session.cookie().equals(cookie)).findFirst()
                .map(org.openspacemakers.marketplace.support.Api.Session::csrf).orElse("none");
    }

    private static void appendForm(Draft draft, String entry) {
        String type = draft.headers.getOrDefault("Content-Type", "");
        if (type.startsWith("multipart/form-data")) {
            // The token as a part ahead of the others: the body starts with the boundary line.
            String boundary = type.substring(type.indexOf("boundary=") + "boundary=".length());
            String[] nameValue = entry.split("=", 2);
            byte[] part = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + nameValue[0] + "\"\r\n\r\n"
                    + java.net.URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            draft.body = concat(part, draft.body);
        } else if (draft.body.length == 0 && !draft.method.equals("GET") && !draft.headers.containsKey("Content-Type")) {
            draft.headers.put("Content-Type", "application/x-www-form-urlencoded");
            draft.body = entry.getBytes(StandardCharsets.UTF_8);
        } else {
            String separator = draft.body.length == 0 ? "" : "&";
            draft.body = concat(draft.body, (separator + entry).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void multipart(Draft draft, Upload upload, String fileName, String fileType, byte[] content,
            String boundary, boolean closed) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        upload.otherParts().forEach((name, value) -> body.writeBytes(("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName
                + "\"; filename=\"fuzz.bin\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        if (closed) {
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        draft.headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        draft.body = body.toByteArray();
    }

    private String fill(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            matcher.appendReplacement(filled, Matcher.quoteReplacement(
                    world.placeholders.containsKey(name) ? world.placeholder(name) : matcher.group()));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private List<Map.Entry<String, String>> fillAll(Map<String, String> template) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        template.forEach((name, value) -> entries.add(Map.entry(name, fill(value))));
        return entries;
    }

    private static String encode(List<Map.Entry<String, String>> entries) {
        StringBuilder encoded = new StringBuilder();
        for (Map.Entry<String, String> entry : entries) {
            if (!encoded.isEmpty()) {
                encoded.append('&');
            }
            encoded.append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
        }
        return encoded.toString();
    }

    /** Sets a field named like {@code a.b[0].c} to a text value, creating no parents. */
    private static void set(ObjectNode root, String path, String value) {
        String[] steps = path.split("\\.");
        JsonNode parent = navigate(root, steps);
        String last = steps[steps.length - 1];
        int bracket = last.indexOf('[');
        if (bracket < 0) {
            ((ObjectNode) parent).put(last, value);
        } else {
            ArrayNode array = (ArrayNode) parent.get(last.substring(0, bracket));
            array.set(index(last), array.stringNode(value));
        }
    }

    private static void remove(ObjectNode root, String path) {
        String[] steps = path.split("\\.");
        JsonNode parent = navigate(root, steps);
        String last = steps[steps.length - 1];
        int bracket = last.indexOf('[');
        if (bracket < 0) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ArrayNode) parent.get(last.substring(0, bracket))).remove(index(last));
        }
    }

    private static JsonNode navigate(ObjectNode root, String[] steps) {
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            String step = steps[i];
            int bracket = step.indexOf('[');
            // a list an earlier field of the draft removed holds nothing to navigate into
            JsonNode list = bracket < 0 ? null : node.get(step.substring(0, bracket));
            node = bracket < 0 ? node.get(step) : list == null ? null : list.get(index(step));
            if (node == null || !node.isObject()) {
                return null;
            }
        }
        return node;
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(step.indexOf('[') + 1, step.indexOf(']')));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String abbreviate(String value) {
        String visible = value.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return visible.length() > 40 ? visible.substring(0, 40) + "...(" + value.length() + ")" : visible;
    }
}
