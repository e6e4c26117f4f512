package lv.mfa.registry.report.docx;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The page and the styles of a report's Word document: A4 with 20 mm margins and page
 * numbers, Word's own style names (Normal, Title, Heading 1–3, Caption, List Bullet, List
 * Number) so the navigation pane, a table of contents and restyling work, the language on
 * every run, and the numbering definitions behind the list styles.
 */
final class DocxStyles {

	static final String TITLE = "Title";

	static final String HEADING = "Heading";

	static final String CAPTION = "Caption";

	static final String LIST_BULLET = "ListBullet";

	static final String LIST_NUMBER = "ListNumber";

	/** A4 is 11906 twips wide; 20 mm margins are 1134 twips each. */
	static final long TEXT_WIDTH = 11906 - 2 * 1134;

	private static final int LIST_LEVELS = 4;

	private final XWPFNumbering numbering;

	private final BigInteger bulletList;

	private final BigInteger numbers;

	DocxStyles(XWPFDocument document, String language, String creator) {
		XWPFStyles styles = document.createStyles();
		styles.setSpellingLanguage(language);
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii("Calibri");
		fonts.setHAnsi("Calibri");
		fonts.setCs("Calibri");
		styles.setDefaultFonts(fonts);
		addStyle(styles, paragraphStyle("Normal", "Normal", 21, 0, 120, false));
		CTStyle title = paragraphStyle(TITLE, "Title", 32, 120, 120, true);
		title.getPPr().addNewJc().setVal(STJc.CENTER);
		addStyle(styles, title);
		addStyle(styles, heading(1, 28));
		addStyle(styles, heading(2, 24));
		addStyle(styles, heading(3, 22));
		CTStyle caption = paragraphStyle(CAPTION, "caption", 19, 120, 80, false);
		caption.getPPr().addNewKeepNext();
		caption.getRPr().addNewI();
		addStyle(styles, caption);
		this.numbering = document.createNumbering();
		BigInteger bullets = this.numbering
			.addAbstractNum(new XWPFAbstractNum(list(BigInteger.ONE, STNumberFormat.BULLET), this.numbering));
		this.numbers = this.numbering
			.addAbstractNum(new XWPFAbstractNum(list(BigInteger.TWO, STNumberFormat.DECIMAL), this.numbering));
		this.bulletList = this.numbering.addNum(bullets);
		addStyle(styles, paragraphStyle(LIST_BULLET, "List Bullet", 21, 0, 60, false));
		addStyle(styles, paragraphStyle(LIST_NUMBER, "List Number", 21, 0, 60, false));
		document.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(language);
		document.getProperties().getCoreProperties().setCreator(creator);
		a4WithPageNumbers(document);
	}

	/** Bullets share one definition. */
	BigInteger bulletList() {
		return this.bulletList;
	}

	/** Each numbered list counts from its own start. */
	BigInteger numberedList(int start) {
		BigInteger id = this.numbering.addNum(this.numbers);
		var override = this.numbering.getNum(id).getCTNum().addNewLvlOverride();
		override.setIlvl(BigInteger.ZERO);
		override.addNewStartOverride().setVal(BigInteger.valueOf(start));
		return id;
	}

	/** POI's own setKeepNext fails on a paragraph without properties. */
	static void keepWithNext(XWPFParagraph paragraph) {
		var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		if (!properties.isSetKeepNext()) {
			properties.addNewKeepNext();
		}
	}

	static int listLevels() {
		return LIST_LEVELS;
	}

	private static CTAbstractNum list(BigInteger id, STNumberFormat.Enum format) {
		CTAbstractNum list = CTAbstractNum.Factory.newInstance();
		list.setAbstractNumId(id);
		for (int level = 0; level < LIST_LEVELS; level++) {
			CTLvl lvl = list.addNewLvl();
			lvl.setIlvl(BigInteger.valueOf(level));
			lvl.addNewStart().setVal(BigInteger.ONE);
			lvl.addNewNumFmt().setVal(format);
			boolean bullet = format == STNumberFormat.BULLET;
			lvl.addNewLvlText().setVal(bullet ? ((level % 2 == 0) ? "•" : "–") : "%" + (level + 1) + ".");
			lvl.addNewLvlJc().setVal(STJc.LEFT);
			CTPPrGeneral indent = lvl.addNewPPr();
			var ind = indent.addNewInd();
			ind.setLeft(BigInteger.valueOf(360L * (level + 1)));
			ind.setHanging(BigInteger.valueOf(360));
		}
		return list;
	}

	private static CTStyle heading(int level, int halfPoints) {
		CTStyle style = paragraphStyle(HEADING + level, "heading " + level, halfPoints, (level == 1) ? 240 : 180, 80,
				true);
		style.addNewUiPriority().setVal(BigInteger.valueOf(9));
		style.getPPr().addNewKeepNext();
		style.getPPr().addNewKeepLines();
		style.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
		return style;
	}

	private static CTStyle paragraphStyle(String id, String name, int halfPoints, int before, int after, boolean bold) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		if ("Normal".equals(id)) {
			style.setDefault(Boolean.TRUE);
		}
		style.addNewName().setVal(name);
		if (!"Normal".equals(id)) {
			style.addNewBasedOn().setVal("Normal");
			style.addNewNext().setVal("Normal");
		}
		style.addNewQFormat();
		var spacing = style.addNewPPr().addNewSpacing();
		spacing.setBefore(BigInteger.valueOf(before));
		spacing.setAfter(BigInteger.valueOf(after));
		spacing.setLine(BigInteger.valueOf(264));
		spacing.setLineRule(STLineSpacingRule.AUTO);
		CTRPr run = style.addNewRPr();
		if (bold) {
			run.addNewB();
		}
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		return style;
	}

	private static void addStyle(XWPFStyles styles, CTStyle style) {
		styles.addStyle(new XWPFStyle(style));
	}

	/** A4 pages with 20 mm margins, numbered "n / N" at the foot. */
	private static void a4WithPageNumbers(XWPFDocument document) {
		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph numbers = footer.createParagraph();
		numbers.setAlignment(ParagraphAlignment.CENTER);
		numbers.getCTP().addNewFldSimple().setInstr("PAGE");
		numbers.createRun().setText(" / ");
		numbers.getCTP().addNewFldSimple().setInstr("NUMPAGES");
		CTBody body = document.getDocument().getBody();
		CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		BigInteger twentyMillimetres = BigInteger.valueOf(1134);
		margins.setTop(twentyMillimetres);
		margins.setBottom(twentyMillimetres);
		margins.setLeft(twentyMillimetres);
		margins.setRight(twentyMillimetres);
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
	}

}
