package org.openspacemakers.marketplace.catalog.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Renders a board description written in Markdown (CommonMark) to an HTML fragment that is safe
 * to embed in a page as is.
 *
 * <p>Contract of the output:
 * <ul>
 * <li>raw HTML written in the Markdown is escaped: it shows as text, it never becomes markup;</li>
 * <li>a link keeps its target only when that target is an absolute {@code http}, {@code https}
 *     or {@code mailto} URL, and then carries {@code rel="nofollow noopener noreferrer"}; any other
 *     link ({@code javascript:}, {@code data:}, relative...) keeps its text and loses its target;</li>
 * <li>images are never rendered (no request leaves a buyer's browser for a maker's server, and
 *     photos are uploaded, not hot-linked): their alternative text stands in their place;</li>
 * <li>only these elements survive: headings, paragraphs, line breaks, rules, emphasis, code,
 *     quotes, lists and links; no attribute survives but a link's {@code href}, {@code title}
 *     and {@code rel} and an ordered list's {@code start}.</li>
 * </ul>
 * CommonMark without extensions: tables written in the GitHub style come out as plain paragraphs.
 *
 * <p>Two walls stand between the input and the page: commonmark escapes raw HTML and drops
 * unsafe URLs, then jsoup cleans the result against an allow-list, so a flaw in either one alone
 * lets nothing through. Instances are immutable and thread-safe.
 */
public final class SafeMarkdown {

    /** The longest Markdown accepted, in characters ({@code String.length()}). */
    public static final int MAX_LENGTH = 20_000;

    private static final String LINK_REL = "nofollow noopener noreferrer";
    private static final List<String> LINK_SCHEMES = List.of("http", "https", "mailto");

    private final Parser parser = Parser.builder().postProcessor(SafeMarkdown::keepOnlySafeTargets).build();

    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(LINK_SCHEMES))
            .attributeProviderFactory(context -> SafeMarkdown::relOnLinks)
            .build();

    private final Safelist safelist = new Safelist()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr",
                    "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a")
            .addAttributes("a", "href", "title")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", LINK_SCHEMES.toArray(String[]::new))
            .addEnforcedAttribute("a", "rel", LINK_REL);

    /**
     * Renders Markdown to a safe HTML fragment (see the class contract).
     *
     * @param markdown the maker's text, at most {@link #MAX_LENGTH} characters; blank gives ""
     * @return the HTML fragment, without an enclosing element
     * @throws IllegalArgumentException if the text is longer than {@link #MAX_LENGTH} characters
     * @throws NullPointerException if the text is null
     */
    public String toHtml(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        if (markdown.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a description is limited to " + MAX_LENGTH
                    + " characters; this one has " + markdown.length());
        }
        String rendered = renderer.render(parser.parse(markdown));
        Document.OutputSettings output = new Document.OutputSettings() // mutable: one per call
                .prettyPrint(false)
                .escapeMode(Entities.EscapeMode.base);
        return Jsoup.clean(rendered, "", safelist, output).strip();
    }

    /** Unwraps every image and every link whose target is not an absolute URL of an allowed scheme. */
    private static Node keepOnlySafeTargets(Node document) {
        List<Node> toUnwrap = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                toUnwrap.add(image);
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                if (!hasAllowedScheme(link.getDestination())) {
                    toUnwrap.add(link);
                }
                visitChildren(link);
            }
        });
        toUnwrap.forEach(SafeMarkdown::unwrap);
        return document;
    }

    private static boolean hasAllowedScheme(String destination) {
        int colon = destination.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String scheme = destination.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = destination.substring(colon + 1);
        return switch (scheme) {
            case "http", "https" -> rest.startsWith("//") && rest.length() > 2;
            case "mailto" -> rest.length() > 0;
            default -> false;
        };
    }

    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    private static void relOnLinks(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link) {
            attributes.put("rel", LINK_REL);
        }
    }
}
