package lv.mfa.registry.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, a quote or a line
 * break, quotes doubled; a UTF-8 byte order mark first. A field that a spreadsheet would
 * read as a formula (= + - @ first, or a tab or carriage return before one, which some
 * spreadsheets skip) gets a leading apostrophe.
 */
final class Csv {

	private final StringBuilder out = new StringBuilder("\uFEFF");

	Csv row(List<?> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				this.out.append(',');
			}
			this.out.append(field(fields.get(i)));
		}
		this.out.append("\r\n");
		return this;
	}

	byte[] bytes() {
		return this.out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
