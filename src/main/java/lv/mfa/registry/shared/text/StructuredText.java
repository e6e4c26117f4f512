package lv.mfa.registry.shared.text;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import org.springframework.stereotype.Component;

/**
 * Long texts (narratives, goals, task and entry texts, results, introductions) are
 * CommonMark: paragraphs, bulleted and numbered lists, sub-headings, emphasis and links.
 * Raw HTML is never passed through; it comes out escaped, as the text that was typed.
 * Templates call {@code @structuredText.html(...)}; the DOCX writer walks
 * {@link #parse(String)}.
 */
@Component
public class StructuredText {

	/**
	 * "2019. gadā" at the start of a line is a Latvian date, not a numbered list starting
	 * at 2019: a number of three or more digits is kept as text.
	 */
	private static final Pattern YEAR_AT_LINE_START = Pattern.compile("(?m)^( {0,3})(\\d{3,9})([.)])(?=[ \\t]|$)");

	private static final Parser PARSER = Parser.builder().build();

	/** One renderer for each level a text's first heading may take: h2, h3, h4. */
	private final Map<Integer, HtmlRenderer> renderers = Map.of(2, renderer(2), 3, renderer(3), 4, renderer(4));

	private static final TextContentRenderer PLAIN = TextContentRenderer.builder()
		.lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
		.build();

	private static final Pattern BULLET = Pattern.compile("(?m)^- ");

	/**
	 * The text without its markup, for feeds, downloads and search excerpts: paragraphs
	 * and headings as lines separated by a blank line, list items as "• …" or "1. …", no
	 * "**" or "#". Null stays null.
	 */
	public static String plain(String text) {
		if (text == null) {
			return null;
		}
		String rendered = PLAIN.render(PARSER.parse(YEAR_AT_LINE_START.matcher(text).replaceAll("$1$2\\\\$3")));
		return BULLET.matcher(rendered).replaceAll("• ").strip();
	}

	/** The text's syntax tree, for writers other than HTML. */
	public Node parse(String text) {
		return PARSER.parse(YEAR_AT_LINE_START.matcher(text).replaceAll("$1$2\\\\$3"));
	}

	/**
	 * The text's syntax tree with {@code lead} in bold before its first words ("Done
	 * 12.10.2018: …"), in its first paragraph or, when it starts with a list or heading,
	 * in one of its own.
	 */
	public Node parse(String lead, String text) {
		Node document = parse((text != null) ? text : "");
		StrongEmphasis strong = new StrongEmphasis("**");
		strong.appendChild(new Text(lead));
		Node first = document.getFirstChild();
		if (first instanceof Paragraph) {
			first.prependChild(new Text(" "));
			first.prependChild(strong);
		}
		else {
			Paragraph paragraph = new Paragraph();
			paragraph.appendChild(strong);
			document.prependChild(paragraph);
		}
		return document;
	}

	/** {@link #parse(String, String)} as XHTML. */
	public String html(String lead, String text) {
		return this.renderers.get(3).render(parse(lead, text));
	}

	/**
	 * The text as XHTML, its sub-headings starting at {@code
	 *
	<h3>} (the pages' sections are {@code
	 *
	<h2>}); empty for no text.
	 */
	public String html(String text) {
		return html(text, 3);
	}

	/** The text as XHTML, its first heading level {@code <h{firstHeading}>}. */
	public String html(String text, int firstHeading) {
		if (text == null || text.isBlank()) {
			return "";
		}
		HtmlRenderer renderer = this.renderers.get(Math.max(2, Math.min(4, firstHeading)));
		return renderer.render(parse(text));
	}

	private static HtmlRenderer renderer(int firstHeading) {
		return HtmlRenderer.builder()
			.escapeHtml(true)
			.sanitizeUrls(true)
			.nodeRendererFactory((context) -> new ShiftedHeadings(context, firstHeading - 1))
			.nodeRendererFactory(ImagesAsText::new)
			.build();
	}

	/** Headings one level under the surrounding section. */
	private static final class ShiftedHeadings implements NodeRenderer {

		private final HtmlNodeRendererContext context;

		private final int shift;

		ShiftedHeadings(HtmlNodeRendererContext context, int shift) {
			this.context = context;
			this.shift = shift;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Heading.class);
		}

		@Override
		public void render(Node node) {
			Heading heading = (Heading) node;
			String tag = "h" + Math.min(6, heading.getLevel() + this.shift);
			HtmlWriter html = this.context.getWriter();
			html.line();
			html.tag(tag, this.context.extendAttributes(node, tag, Map.of()));
			renderChildren(node);
			html.tag("/" + tag);
			html.line();
		}

		private void renderChildren(Node parent) {
			Node child = parent.getFirstChild();
			while (child != null) {
				Node next = child.getNext();
				this.context.render(child);
				child = next;
			}
		}

	}

	/**
	 * An image would be fetched from anywhere (and the PDF may fetch nothing): its
	 * description is shown instead.
	 */
	private static final class ImagesAsText implements NodeRenderer {

		private final HtmlNodeRendererContext context;

		ImagesAsText(HtmlNodeRendererContext context) {
			this.context = context;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Image.class);
		}

		@Override
		public void render(Node node) {
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof Text text) {
					this.context.getWriter().text(text.getLiteral());
				}
				else {
					this.context.render(child);
				}
			}
		}

	}

}
