package org.openspacemakers.marketplace.catalog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTest {

    private static final Set<String> ALLOWED_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr",
            "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "title", "rel", "start");
    private static final Pattern SAFE_HREF = Pattern.compile("(https?://|mailto:)\\S+");
    private static final String REL = "nofollow noopener noreferrer";

    private final SafeMarkdown markdown = new SafeMarkdown();

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "text <script>alert(1)</script> inline",
            "<img src=x onerror=alert(1)>",
            "<img src=x onerror=alert(1)> inline",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](&#x6A;&#x61;vascript&#58;alert(1))",
            "[x](java&#x09;script:alert(1))",
            "[x](<javascript:alert(1)>)",
            "[x](vbscript:msgbox(1))",
            "[x][evil]\n\n[evil]: javascript:alert(1)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#60;img src=x onerror=alert(1)&#62;",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<style>body { display: none }</style>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "*hello*{style=color:red}",
            "<details open ontoggle=alert(1)>",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
            "<javascript:alert(1)>",
            "<JAVASCRIPT:alert(1)>",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](https://evil.example/pixel.gif)",
            "![x\" onerror=\"alert(1)](https://evil.example/x.png)",
            "[x](https://example.org \"\\\" onmouseover=\\\"alert(1)\")",
            "[x](https://example.org/\"onmouseover=\"alert(1))",
            "`<script>alert(1)</script>`",
            "```html\n<script>alert(1)</script>\n```",
            "<!-- --><script>alert(1)</script>",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"https://evil.example/\">",
    })
    void rendersClassicScriptInjectionsHarmless(String payload) {
        String html = markdown.toHtml(payload);

        assertThat(unsafeParts(html)).as(html).isEmpty();
        assertThat(html.toLowerCase()).doesNotContain("<script", "<img", "<svg", "<iframe", "<style", "<object",
                "<meta", "<base", "<form", "<math", "<div");
    }

    @Test
    void theHarmlessnessCheckCatchesWhatItLooksFor() {
        assertThat(unsafeParts("<img src=x onerror=alert(1)>")).hasSize(3);
        assertThat(unsafeParts("<a href=\"javascript:alert(1)\" rel=\"" + REL + "\">x</a>")).hasSize(1);
        assertThat(unsafeParts("<a href=\"https://example.org\">x</a>")).hasSize(1);
        assertThat(unsafeParts("<p style=\"color:red\">x</p>")).hasSize(1);
        assertThat(unsafeParts("<p>x</p>")).isEmpty();
    }

    @Test
    void escapesRawHtmlSoItReadsAsText() {
        assertThat(markdown.toHtml("<b>bold</b> text")).isEqualTo("<p>&lt;b&gt;bold&lt;/b&gt; text</p>");
        assertThat(markdown.toHtml("<script>alert(1)</script>")).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }

    @Test
    void keepsTheTextOfALinkWhoseTargetIsNotSafe() {
        assertThat(markdown.toHtml("[click me](javascript:alert(1))")).isEqualTo("<p>click me</p>");
        assertThat(markdown.toHtml("<javascript:alert(1)>")).isEqualTo("<p>javascript:alert(1)</p>");
        assertThat(markdown.toHtml("[docs](/docs/guide) and [top](#top)")).isEqualTo("<p>docs and top</p>");
    }

    @Test
    void rendersImagesAsTheirAlternativeText() {
        assertThat(markdown.toHtml("![the *assembled* board](https://example.org/board.jpg)"))
                .isEqualTo("<p>the <em>assembled</em> board</p>");
        assertThat(markdown.toHtml("[![logo](https://example.org/logo.png)](https://example.org)"))
                .isEqualTo("<p><a href=\"https://example.org\" rel=\"" + REL + "\">logo</a></p>");
    }

    @Test
    void rendersHeadingsEmphasisAndCode() {
        assertThat(markdown.toHtml("# Thermocouple card\n\n## Features")).isEqualTo(
                "<h1>Thermocouple card</h1>\n<h2>Features</h2>");
        assertThat(markdown.toHtml("*fast* and **open**, see `make flash`")).isEqualTo(
                "<p><em>fast</em> and <strong>open</strong>, see <code>make flash</code></p>");
        assertThat(markdown.toHtml("```c\nint main(void) { return 0 < 1; }\n```")).isEqualTo(
                "<pre><code>int main(void) { return 0 &lt; 1; }\n</code></pre>");
        assertThat(markdown.toHtml("> quoted\n\n---")).isEqualTo(
                "<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr>");
    }

    @Test
    void rendersLists() {
        assertThat(markdown.toHtml("- 8 channels\n- 1 kHz")).isEqualTo(
                "<ul>\n<li>8 channels</li>\n<li>1 kHz</li>\n</ul>");
        assertThat(markdown.toHtml("3. solder\n4. test")).isEqualTo(
                "<ol start=\"3\">\n<li>solder</li>\n<li>test</li>\n</ol>");
    }

    @Test
    void rendersSafeLinksWithoutPassingOnTrust() {
        assertThat(markdown.toHtml("[sources](https://example.org/padauk-programmer \"the repository\")")).isEqualTo(
                "<p><a href=\"https://example.org/padauk-programmer\" title=\"the repository\" rel=\"" + REL
                        + "\">sources</a></p>");
        assertThat(markdown.toHtml("<http://example.org>")).isEqualTo(
                "<p><a href=\"http://example.org\" rel=\"" + REL + "\">http://example.org</a></p>");
        assertThat(markdown.toHtml("[write to us](mailto:team@example.org)")).isEqualTo(
                "<p><a href=\"mailto:team@example.org\" rel=\"" + REL + "\">write to us</a></p>");
    }

    @Test
    void rendersTablesAsPlainTextForCommonMarkHasNone() {
        assertThat(markdown.toHtml("| a | b |\n|---|---|\n| 1 | 2 |")).isEqualTo(
                "<p>| a | b |\n|---|---|\n| 1 | 2 |</p>");
    }

    @Test
    void rendersBlankTextAsNothing() {
        assertThat(markdown.toHtml("")).isEmpty();
        assertThat(markdown.toHtml("  \n\n ")).isEmpty();
    }

    @Test
    void acceptsTextUpToTheLimitAndRefusesLonger() {
        assertThat(markdown.toHtml("a".repeat(SafeMarkdown.MAX_LENGTH))).hasSize(SafeMarkdown.MAX_LENGTH + 7);

        assertThatThrownBy(() -> markdown.toHtml("a".repeat(SafeMarkdown.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20000 characters");
    }

    @Test
    void survivesDeeplyNestedInput() {
        assertThat(markdown.toHtml(">".repeat(SafeMarkdown.MAX_LENGTH - 1) + "x")).contains("x");
        assertThat(markdown.toHtml("- ".repeat(SafeMarkdown.MAX_LENGTH / 2 - 1) + "x")).contains("x");
        assertThat(markdown.toHtml("*".repeat(SafeMarkdown.MAX_LENGTH / 2) + "x" + "*".repeat(SafeMarkdown.MAX_LENGTH / 2 - 1)))
                .contains("x");
        assertThat(markdown.toHtml("[".repeat(SafeMarkdown.MAX_LENGTH / 2) + "x" + "](https://example.org)".repeat(400)))
                .contains("x");
    }

    /** Every element, attribute and link target that a safe fragment must not contain. */
    private static List<String> unsafeParts(String html) {
        List<String> unsafe = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            if (!ALLOWED_TAGS.contains(element.tagName())) {
                unsafe.add("element " + element.tagName());
            }
            for (Attribute attribute : element.attributes()) {
                if (!ALLOWED_ATTRIBUTES.contains(attribute.getKey())) {
                    unsafe.add("attribute " + attribute.getKey());
                }
            }
            if (element.hasAttr("href") && !SAFE_HREF.matcher(element.attr("href")).matches()) {
                unsafe.add("target " + element.attr("href"));
            }
            if (element.tagName().equals("a") && !element.attr("rel").equals(REL)) {
                unsafe.add("link without rel");
            }
        }
        return unsafe;
    }
}
