package lv.mfa.registry.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long texts are CommonMark: lists and sub-headings come out as such, raw HTML as the
 * text that was typed, and a Latvian date at a line's start stays a date.
 */
class StructuredTextTests {

	private final StructuredText structuredText = new StructuredText();

	@Test
	void listsAndSubHeadingsBecomeElements() {
		String html = this.structuredText
			.html("Ievads:\n\n- sadarbība;\n- cīņa pret noziedzību.\n\n# Civilā aizsardzība\n\n1. pirmais\n2. otrais");
		assertThat(html).contains("<p>Ievads:</p>")
			.contains("<ul>\n<li>sadarbība;</li>\n<li>cīņa pret noziedzību.</li>\n</ul>")
			.contains("<h3>Civilā aizsardzība</h3>")
			.contains("<ol>\n<li>pirmais</li>\n<li>otrais</li>\n</ol>");
		assertThat(this.structuredText.html("# Virsraksts", 4)).isEqualTo("<h4>Virsraksts</h4>\n");
	}

	@Test
	void rawHtmlIsEscapedAndImagesAreNotFetched() {
		String html = this.structuredText.html(
				"<script>alert(1)</script>\n\nTeksts ar <b>treknu</b> un [saiti](javascript:alert(1)) ![attēls](http://x/y.png)");
		assertThat(html).doesNotContain("<script>", "<b>", "javascript:", "<img")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&lt;b&gt;treknu&lt;/b&gt;")
			.contains("attēls");
	}

	@Test
	void aYearAtALineStartIsADateNotAList() {
		assertThat(this.structuredText.html("2018. gada 2.–3. oktobrī Rīgā notika konference."))
			.isEqualTo("<p>2018. gada 2.–3. oktobrī Rīgā notika konference.</p>\n");
		assertThat(this.structuredText.html("3. punkts")).contains("<ol start=\"3\">");
	}

	@Test
	void aLeadGoesBeforeTheFirstWords() {
		assertThat(this.structuredText.html("Paveikts 12.10.2018:", "Notika sanāksme."))
			.isEqualTo("<p><strong>Paveikts 12.10.2018:</strong> Notika sanāksme.</p>\n");
		assertThat(this.structuredText.html("Mērķis:", "- viens\n- divi"))
			.isEqualTo("<p><strong>Mērķis:</strong></p>\n<ul>\n<li>viens</li>\n<li>divi</li>\n</ul>\n");
		assertThat(this.structuredText.html("")).isEmpty();
	}

	/** Feeds, downloads and search excerpts carry the text without its markup. */
	@org.junit.jupiter.api.Test
	void plainTextHasNoMarkup() {
		String plain = StructuredText.plain("## Civilā aizsardzība\n\nSome **bold** text.\n\n- one\n- two\n\n"
				+ "1. first\n2. second\n\n2019. gadā notika.");
		org.assertj.core.api.Assertions.assertThat(plain)
			.isEqualTo(
					"Civilā aizsardzība\n\nSome bold text.\n\n• one\n• two\n\n1. first\n2. second\n\n2019. gadā notika.");
		org.assertj.core.api.Assertions.assertThat(StructuredText.plain(null)).isNull();
	}

}
