package lv.mfa.registry.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.report.document.ReportRenderer;
import lv.mfa.registry.report.document.ReportTitles;
import lv.mfa.registry.report.docx.DocxReportWriter;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.NotFoundException;

/**
 * A presidency's reports for coordinators: the preview page with its download links and
 * pre-export checks, and the HTML, PDF and DOCX downloads. The report's language is the
 * page's ({@code ?lang=lv|en}); {@code from} and {@code to} (ISO dates) narrow it to a
 * range.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
@RequestMapping("/admin/presidencies/{slug}")
class ReportController {

	private static final Logger logger = LoggerFactory.getLogger(ReportController.class);

	private final ReportService reports;

	private final ReportRenderer renderer;

	private final DocxReportWriter docx;

	private final ReportTitles titles;

	ReportController(ReportService reports, ReportRenderer renderer, DocxReportWriter docx, ReportTitles titles) {
		this.reports = reports;
		this.renderer = renderer;
		this.docx = docx;
		this.titles = titles;
	}

	@GetMapping("/{report:report|progress-report}")
	String page(@PathVariable String slug, @PathVariable("report") String path,
			@ModelAttribute("reportForm") ReportForm form, BindingResult result, Model model, Locale locale) {
		ReportKind kind = kind(path);
		Presidency presidency = this.reports.presidency(slug);
		PresidencyReport report = load(kind, presidency, form, result, locale);
		pageModel(model, kind, presidency, report, result, locale);
		return "report/page";
	}

	@GetMapping("/{report:report|progress-report}.{format:html|pdf|docx}")
	ModelAndView download(@PathVariable String slug, @PathVariable("report") String path,
			@PathVariable("format") String extension, @ModelAttribute("reportForm") ReportForm form,
			BindingResult result, Model model, Locale pageLocale,
			@RequestParam(name = "lang", required = false) String lang, HttpServletResponse response)
			throws IOException {
		// The document's language comes from ?lang; the coordinator's pages keep theirs
		// (the
		// language interceptor leaves downloads alone).
		Locale locale = (lang != null) ? Locale.forLanguageTag(LocalizedText.language(Locale.forLanguageTag(lang)))
				: pageLocale;
		ReportKind kind = kind(path);
		ReportFormat format = ReportFormat.ofExtension(extension).orElseThrow(() -> new NotFoundException(extension));
		Presidency presidency = this.reports.presidency(slug);
		PresidencyReport report = load(kind, presidency, form, result, locale);
		if (report == null) {
			// A bad range: the report page says what is wrong, in the coordinator's
			// language.
			pageModel(model, kind, presidency, null, result, locale);
			return new ModelAndView("report/page", model.asMap(), HttpStatus.BAD_REQUEST);
		}
		String language = LocalizedText.language(locale);
		response.setContentType(format.mediaType().toString());
		// Every format is a file to keep (the HTML one carries its own styles, which the
		// site's content security policy would block when shown in place).
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(fileName(slug, kind, language, report.range(), format), StandardCharsets.UTF_8)
			.build();
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
		long started = System.nanoTime();
		switch (format) {
			case HTML -> {
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				this.renderer.html(kind, report, locale, response.getWriter());
			}
			case PDF -> {
				OutputStream out = response.getOutputStream();
				this.renderer.pdf(kind, report, locale, out);
			}
			case DOCX -> this.docx.write(kind, report, locale, response.getOutputStream());
		}
		logger.info("Rendered {}.{} of {} ({}) in {} ms", kind.path(), format.extension(), slug, language,
				(System.nanoTime() - started) / 1_000_000);
		return null;
	}

	private PresidencyReport load(ReportKind kind, Presidency presidency, ReportForm form, BindingResult result,
			Locale locale) {
		ReportRange range = form.range(presidency.getPeriodStart(), presidency.getPeriodEnd(), result);
		if (range == null) {
			return null;
		}
		// Only the progress report splits at a day; the informative one covers the range.
		return (kind == ReportKind.INFORMATIVE) ? this.reports.informative(presidency, range.splitAt(null), locale)
				: this.reports.progress(presidency, range, locale);
	}

	private void pageModel(Model model, ReportKind kind, Presidency presidency, PresidencyReport report,
			BindingResult result, Locale locale) {
		String slug = presidency.getSlug();
		model.addAttribute("kind", kind.key());
		model.addAttribute("heading",
				(report != null) ? this.titles.heading(kind, report, locale) : this.titles.heading(kind, locale));
		model.addAttribute("pagePath", "/admin/presidencies/" + slug + "/" + kind.path());
		model.addAttribute("report", report);
		if (report != null) {
			model.addAttribute("subject", this.titles.subject(kind, report, locale));
			model.addAttribute("presidencyLine", this.titles.presidencyLine(kind, report, locale));
			model.addAttribute("datePlace", this.titles.datePlace(report));
			model.addAttribute("downloads", downloads(slug, kind, report.range()));
		}
		model.addAttribute("presidency", presidency);
		model.addAttribute("rangeErrors", result.getAllErrors());
	}

	/** The download links: every format in both languages, for the range shown. */
	private static List<Download> downloads(String slug, ReportKind kind, ReportRange range) {
		List<Download> downloads = new ArrayList<>();
		for (String language : List.of(LocalizedText.LATVIAN, LocalizedText.ENGLISH)) {
			for (ReportFormat format : ReportFormat.values()) {
				String url = UriComponentsBuilder.fromPath("/admin/presidencies/{slug}/{report}.{format}")
					.queryParam("lang", language)
					.queryParamIfPresent("from", Optional.ofNullable(range.fromParameter()))
					.queryParamIfPresent("to", Optional.ofNullable(range.toParameter()))
					.queryParamIfPresent("asOf", Optional.ofNullable(range.asOfParameter()))
					.buildAndExpand(slug, kind.path(), format.extension())
					.encode()
					.toUriString();
				downloads.add(new Download(language, format.extension(), url));
			}
		}
		return downloads;
	}

	/** A link of the page's download list. */
	record Download(String language, String format, String url) {

	}

	private static ReportKind kind(String path) {
		return ReportKind.ofPath(path).orElseThrow(() -> new NotFoundException(path));
	}

	private static String fileName(String slug, ReportKind kind, String language, ReportRange range,
			ReportFormat format) {
		String dates = (range.whole() ? "" : "-" + range.from() + "-" + range.to())
				+ (range.isSplit() ? "-as-of-" + range.asOf() : "");
		return slug + "-" + kind.path() + "-" + language + dates + "." + format.extension();
	}

}
