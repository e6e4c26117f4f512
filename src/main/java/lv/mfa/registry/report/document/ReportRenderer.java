package lv.mfa.registry.report.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.io.Writer;
import java.util.Locale;
import java.util.logging.Level;
import java.util.Map;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import lv.mfa.registry.report.PresidencyReport;
import lv.mfa.registry.report.ReportKind;

/**
 * Writes a report as a standalone XHTML document with the Thymeleaf template
 * {@code report/document}, and as PDF from that very document (openhtmltopdf): A4, page
 * numbers, the table header repeated on each page, the bundled DejaVu Sans fonts
 * embedded, title and language in the metadata, tagged for accessibility (PDF/UA).
 */
@Component
public class ReportRenderer {

	static final String FONT_FAMILY = "DejaVu Sans";

	/** The tag of OpenType's glyph substitution table. */
	private static final int GSUB = ('G' << 24) | ('S' << 16) | ('U' << 8) | 'B';

	private static final byte[] REGULAR = withoutGlyphSubstitution(fontBytes("DejaVuSans.ttf"));

	private static final byte[] BOLD = withoutGlyphSubstitution(fontBytes("DejaVuSans-Bold.ttf"));

	/** The tables' column widths, by name, for the stylesheet. */
	private static final Map<String, ReportColumns> COLUMNS = Map.of("EVENTS", ReportColumns.EVENTS, "PROGRESS",
			ReportColumns.PROGRESS);

	/** A page with what every report has: a bold heading, Latvian text, a table. */
	private static final String WARM_UP = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"lv\"><head><title>Ā</title>"
			+ "<style>body { font-family: '" + FONT_FAMILY + "'; } h1 { font-weight: bold; }</style></head><body>"
			+ "<h1>Informatīvais ziņojums</h1><p>Latvijas prezidentūra: ā č ē ģ ī ķ ļ ņ š ū ž.</p>"
			+ "<table><thead><tr><th>Datums</th><th>Pasākums</th></tr></thead>"
			+ "<tbody><tr><td>2018. gada 1. jūlijā</td><td>Sanāksme</td></tr></tbody></table></body></html>";

	private static final Logger logger = LoggerFactory.getLogger(ReportRenderer.class);

	/** Font metrics, parsed once rather than on every PDF. */
	private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final ReportTitles titles;

	private final boolean warmUp;

	ReportRenderer(ITemplateEngine templates, ApplicationContext applicationContext, ReportTitles titles,
			@Value("${registry.report.warm-up:true}") boolean warmUp) {
		this.warmUp = warmUp;
		// openhtmltopdf reports every font load and layout pass at INFO on standard
		// error; only its warnings matter.
		XRLog.listRegisteredLoggers().forEach((logger) -> XRLog.setLevel(logger, Level.WARNING));
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.titles = titles;
	}

	/** The report as an XHTML document, written as it is rendered. */
	public void html(ReportKind kind, PresidencyReport report, Locale locale, Writer out) {
		this.templates.process("report/document", context(kind, report, locale), out);
	}

	public String html(ReportKind kind, PresidencyReport report, Locale locale) {
		return this.templates.process("report/document", context(kind, report, locale));
	}

	private String pdfSource(ReportKind kind, PresidencyReport report, Locale locale) {
		Context context = context(kind, report, locale);
		context.setVariable("pdf", true);
		return this.templates.process("report/document", context);
	}

	/** The report as a PDF, streamed to {@code out}. */
	public void pdf(ReportKind kind, PresidencyReport report, Locale locale, OutputStream out) {
		render(pdfSource(kind, report, locale), out);
	}

	private void render(String xhtml, OutputStream out) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, this.fontMetrics);
		builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.withProducer("Presidency Activity Registry");
		// The document refers to nothing outside itself: no network, no files.
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Once the application is ready, renders a one-page PDF in the background with the
	 * lowest priority, so the first report a coordinator asks for does not also load and
	 * compile the PDF renderer, PDFBox and the fonts' metrics (most of a first PDF's time
	 * after a start). Readiness does not wait for it;
	 * {@code registry.report.warm-up=false} turns it off.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		if (!this.warmUp) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				render(WARM_UP, OutputStream.nullOutputStream());
			}
			catch (RuntimeException ex) {
				logger.debug("The PDF renderer's warm-up failed; the first report will warm it", ex);
			}
		}, "report-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private Context context(ReportKind kind, PresidencyReport report, Locale locale) {
		Context context = new Context(locale,
				Map.of("report", report, "kind", kind.key(), "heading", this.titles.heading(kind, report, locale),
						"subject", this.titles.subject(kind, report, locale), "pdf", false, "columns", COLUMNS));
		context.setVariable("presidencyLine", this.titles.presidencyLine(kind, report, locale));
		context.setVariable("datePlace", this.titles.datePlace(report));
		// What Spring's view does for MVC pages: lets templates reach beans such as
		// @dateTexts.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		return context;
	}

	/**
	 * The font with its glyph substitution table (OpenType GSUB) renamed so nothing finds
	 * it. PDFBox applies the font's ligatures ("fi" drawn as "ﬁ") and the text layer then
	 * holds U+FB00–U+FB06, which copying and searching do not match; Latvian and English
	 * need no other substitution (every letter is a precomposed glyph).
	 */
	static byte[] withoutGlyphSubstitution(byte[] font) {
		byte[] copy = font.clone();
		ByteBuffer buffer = ByteBuffer.wrap(copy);
		int tables = Short.toUnsignedInt(buffer.getShort(4));
		for (int i = 0; i < tables; i++) {
			// The table directory: 16 bytes per table after a 12-byte header, tag first.
			int entry = 12 + 16 * i;
			if (buffer.getInt(entry) == GSUB) {
				copy[entry + 3] = 'X';
			}
		}
		return copy;
	}

	/** The bundled fonts (src/main/resources/fonts, with their licence), read once. */
	private static byte[] fontBytes(String name) {
		try (InputStream in = new ClassPathResource("fonts/" + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
