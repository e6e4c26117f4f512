package lv.mfa.registry.report.docx;

import java.math.BigInteger;
import java.util.function.Supplier;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Writes a CommonMark text (see {@code shared.text.StructuredText}) as Word paragraphs: a
 * paragraph as a paragraph, a sub-heading in a heading style, list items as "List Bullet"
 * or "List Number" paragraphs on Word's numbering (nested lists one level deeper),
 * emphasis as italic and bold runs. Raw HTML is written as the text that was typed.
 */
final class DocxMarkdown {

	private final DocxStyles styles;

	/** The next paragraph of the body or cell being written. */
	private final Supplier<XWPFParagraph> paragraphs;

	/** The heading style of a top-level ("#") sub-heading; null to write it in bold. */
	private final String headingStyle;

	DocxMarkdown(DocxStyles styles, Supplier<XWPFParagraph> paragraphs, String headingStyle) {
		this.styles = styles;
		this.paragraphs = paragraphs;
		this.headingStyle = headingStyle;
	}

	void write(Node document) {
		blocks(document, null, -1);
	}

	/** The blocks under {@code parent}; in a list, {@code numId} and its level. */
	private void blocks(Node parent, BigInteger numId, int level) {
		for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
			block(block, numId, level);
		}
	}

	private void block(Node block, BigInteger numId, int level) {
		if (block instanceof Heading heading) {
			XWPFParagraph paragraph = this.paragraphs.get();
			if (this.headingStyle != null) {
				paragraph.setStyle(this.headingStyle);
				inlines(paragraph, heading, false, false);
			}
			else {
				DocxStyles.keepWithNext(paragraph);
				inlines(paragraph, heading, true, false);
			}
		}
		else if (block instanceof Paragraph) {
			inlines(this.paragraphs.get(), block, false, false);
		}
		else if (block instanceof ListBlock list) {
			list(list, level + 1);
		}
		else if (block instanceof BlockQuote) {
			blocks(block, numId, level);
		}
		else if (block instanceof FencedCodeBlock code) {
			literal(code.getLiteral());
		}
		else if (block instanceof IndentedCodeBlock code) {
			literal(code.getLiteral());
		}
		else if (block instanceof HtmlBlock html) {
			literal(html.getLiteral());
		}
		else if (!(block instanceof ThematicBreak)) {
			blocks(block, numId, level);
		}
	}

	private void list(ListBlock list, int level) {
		boolean numbered = list instanceof OrderedList;
		BigInteger numId = (list instanceof OrderedList ordered) ? this.styles.numberedList(start(ordered))
				: this.styles.bulletList();
		int wordLevel = Math.min(level, DocxStyles.listLevels() - 1);
		for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
			if (!(item instanceof ListItem)) {
				continue;
			}
			boolean first = true;
			for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof Paragraph) {
					XWPFParagraph paragraph = this.paragraphs.get();
					paragraph.setStyle(numbered ? DocxStyles.LIST_NUMBER : DocxStyles.LIST_BULLET);
					if (first) {
						paragraph.setNumID(numId);
						paragraph.setNumILvl(BigInteger.valueOf(wordLevel));
					}
					else {
						paragraph.setIndentationLeft(360 * (wordLevel + 1));
					}
					inlines(paragraph, child, false, false);
					first = false;
				}
				else {
					block(child, numId, level);
				}
			}
		}
	}

	private static int start(OrderedList list) {
		Integer start = list.getMarkerStartNumber();
		return (start != null) ? start : 1;
	}

	private void literal(String text) {
		String[] lines = text.strip().split("\\R");
		XWPFParagraph paragraph = this.paragraphs.get();
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				paragraph.createRun().addBreak();
			}
			paragraph.createRun().setText(lines[i]);
		}
	}

	private void inlines(XWPFParagraph paragraph, Node parent, boolean bold, boolean italic) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Text text) {
				run(paragraph, text.getLiteral(), bold, italic);
			}
			else if (node instanceof Code code) {
				run(paragraph, code.getLiteral(), bold, italic).setFontFamily("Consolas");
			}
			else if (node instanceof HtmlInline html) {
				run(paragraph, html.getLiteral(), bold, italic);
			}
			else if (node instanceof SoftLineBreak) {
				run(paragraph, " ", bold, italic);
			}
			else if (node instanceof HardLineBreak) {
				paragraph.createRun().addBreak();
			}
			else if (node instanceof Emphasis) {
				inlines(paragraph, node, bold, true);
			}
			else if (node instanceof StrongEmphasis) {
				inlines(paragraph, node, true, italic);
			}
			else {
				// Links and images: their text.
				inlines(paragraph, node, bold, italic);
			}
		}
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		if (bold) {
			run.setBold(true);
		}
		if (italic) {
			run.setItalic(true);
		}
		return run;
	}

}
