package org.openspacemakers.marketplace.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A field of a request body or form, with the values that are wrong for it whatever the rest of
 * the request holds: a mutation that puts one of them in guarantees the request must be refused.
 * Values are JSON texts for JSON bodies ({@link #MISSING} removes the field), plain strings for
 * forms and query strings.
 */
record Field(String name, List<String> wrong) {

    /** Stands for "leave the field out". */
    static final String MISSING = "\u0000missing";

    private static final String LONG = "x".repeat(10_000);

    static Field of(String name, Json kind, String... extra) {
        List<String> wrong = new ArrayList<>(kind.wrong);
        wrong.addAll(List.of(extra));
        return new Field(name, List.copyOf(wrong));
    }

    static Field form(String name, Form kind, String... extra) {
        List<String> wrong = new ArrayList<>(kind.wrong);
        wrong.addAll(List.of(extra));
        return new Field(name, List.copyOf(wrong));
    }

    /** Kinds of JSON values, and the JSON texts no field of the kind accepts. */
    enum Json {
        TEXT("{}", "[]", "[\"x\"]", "{\"a\":1}"),
        REQUIRED_TEXT("{}", "[]", "[\"x\"]", "null", MISSING, "\"\"", "\"   \""),
        NUMBER("\"abc\"", "{}", "[]", "1e400", "-1e400", "99999999999999999999999", "\"12abc\""),
        REQUIRED_NUMBER("\"abc\"", "{}", "[]", "1e400", "99999999999999999999999", "null", MISSING),
        ENUM("\"NOPE\"", "{}", "[]", "\"\u00e9\u00e9\""),
        REQUIRED_ENUM("\"NOPE\"", "{}", "[]", "null", MISSING),
        REQUIRED_UUID("\"not-a-uuid\"", "\"123\"", "{}", "[]", "null", MISSING, "\"00000000-0000-0000-0000-00000000000g\""),
        LIST("{}", "\"x\"", "5", "[{}]"),
        REQUIRED_LIST("{}", "\"x\"", "5", "null", MISSING, "[{}]"),
        OBJECT("[]", "\"x\"", "5", "true"),
        BOOLEAN("\"maybe\"", "{}", "[]", "\"yes please\""),
        REQUIRED_OBJECT("[]", "\"x\"", "5", "null", MISSING),
        COUNTRY("\"ZZ\"", "\"FRA\"", "\"F\"", "\"12\"", "\"\"", "null", MISSING, "{}", "\"F\\r\\nR\"", "\"\\u0000\\u0000\""),
        DATE("\"2026-13-45\"", "\"tomorrow\"", "\"31/12/2026\"", "{}", "[2026]", "12345678901234567890");

        private final List<String> wrong;

        Json(String... wrong) {
            this.wrong = List.of(wrong);
        }
    }

    /** Kinds of form fields, and the values no field of the kind accepts. */
    enum Form {
        REQUIRED_TEXT(MISSING, "", "   "),
        NUMBER("abc", "1e400", "99999999999999999999", "12abc", "\u00bd"),
        REQUIRED_NUMBER("abc", "1e400", "99999999999999999999", MISSING, "", "\u00bd"),
        ENUM("NOPE", "\u00e9", "FULL KIT"),
        REQUIRED_ENUM("NOPE", MISSING, "\u00e9"),
        REQUIRED_UUID("not-a-uuid", MISSING, "", "00000000-0000-0000-0000-00000000000g", "\u00ff"),
        COUNTRY("ZZ", "FRA", "F", "", MISSING, "F\r\nR"),
        /** A country a form may leave out (the donor's, when no tax receipt asks for an address). */
        OPTIONAL_COUNTRY("ZZ", "FRA", "F", "F\r\nR"),
        DATE("2026-13-45", "tomorrow", "31/12/2026", "99999-01-01");

        private final List<String> wrong;

        Form(String... wrong) {
            this.wrong = List.of(wrong);
        }
    }

    static String tooLong(int max) {
        return LONG.substring(0, max + 1);
    }
}
