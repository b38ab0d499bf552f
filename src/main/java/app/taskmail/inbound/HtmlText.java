package app.taskmail.inbound;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML of a message into plain text: nothing of the markup survives (scripts, styles, links,
 * images and attributes are dropped), only the words with their line and paragraph breaks. Quoted
 * history that mail clients mark in HTML (Gmail, Apple Mail, Thunderbird, Outlook, Yahoo) is removed
 * before, because its text form is no longer recognisable as a quote.
 */
final class HtmlText {

    private static final String QUOTES = "blockquote[type=cite], div.gmail_quote, div.gmail_extra > div.gmail_quote,"
            + " div.moz-cite-prefix, div.yahoo_quoted, #appendonsend";
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "blockquote", "table", "ul", "ol", "hr", "section", "article", "header", "footer");

    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "table",
            "blockquote", "pre", "ul", "ol");

    private HtmlText() {
    }

    static String toText(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title").remove();
        document.select(QUOTES).remove();
        Element outlook = document.getElementById("divRplyFwdMsg");
        if (outlook != null) {
            removeFromHere(outlook);
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new TextCollector(text), document.body());
        return text.toString().replaceAll("[ \\t\\u00a0]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Outlook puts its "From: … Sent: …" block first and the quoted message after it, as siblings. */
    private static void removeFromHere(Element start) {
        Element parent = start.parent();
        int index = start.siblingIndex();
        if (parent != null) {
            while (parent.childNodeSize() > index) {
                parent.childNode(index).remove();
            }
        }
    }

    private record TextCollector(StringBuilder text) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String words = textNode.text().replace('\u00a0', ' ');
                if (!(words.isBlank() && endsWithBreak())) {
                    text.append(words);
                }
            } else if (node instanceof Element element && element.normalName().equals("br")) {
                text.append('\n');
            } else if (isBlock(node) && !endsWithBreak()) {
                text.append('\n');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && PARAGRAPHS.contains(element.normalName())) {
                text.append("\n\n");
            } else if (isBlock(node) && !(node instanceof Element e && e.normalName().equals("br"))) {
                text.append('\n');
            }
        }

        private static boolean isBlock(Node node) {
            return node instanceof Element element && BLOCKS.contains(element.normalName());
        }

        private boolean endsWithBreak() {
            return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
        }
    }
}
