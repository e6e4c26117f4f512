package lv.mfa.registry.report;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.MediaType;

/** The documents a report downloads as. */
enum ReportFormat {

	HTML("html", MediaType.parseMediaType("text/html;charset=UTF-8")),

	PDF("pdf", MediaType.APPLICATION_PDF),

	DOCX("docx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

	private final String extension;

	private final MediaType mediaType;

	ReportFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	String extension() {
		return this.extension;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	static Optional<ReportFormat> ofExtension(String extension) {
		return Arrays.stream(values()).filter((format) -> format.extension.equals(extension)).findFirst();
	}

}
