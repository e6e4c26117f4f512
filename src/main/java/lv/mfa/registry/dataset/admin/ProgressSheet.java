package lv.mfa.registry.dataset.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A spreadsheet of progress entries read into rows of text: CSV (UTF-8; comma, semicolon
 * or tab, as spreadsheets export it) or the first sheet of an XLSX workbook. Columns:
 * task, date, kind, text LV, text EN.
 */
final class ProgressSheet {

	static final int COLUMNS = 5;

	/** One row: the line a person sees in their spreadsheet, and its cells as text. */
	record Row(int line, List<String> cells) {

		String cell(int column) {
			return (column < this.cells.size()) ? this.cells.get(column).strip() : "";
		}

		boolean isBlank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

	/** A file that cannot be read as a spreadsheet at all; the key names why. */
	static final class UnreadableException extends Exception {

		private final String messageKey;

		UnreadableException(String messageKey, Throwable cause) {
			super(messageKey, cause);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

	private ProgressSheet() {
	}

	static boolean isXlsx(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	static boolean isCsv(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".csv");
	}

	static List<Row> read(String name, byte[] content) throws UnreadableException {
		return isXlsx(name) ? xlsx(content) : csv(content);
	}

	private static List<Row> xlsx(byte[] content) throws UnreadableException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<Row> rows = new ArrayList<>();
			if (workbook.getNumberOfSheets() == 0) {
				return rows;
			}
			Sheet sheet = workbook.getSheetAt(0);
			for (org.apache.poi.ss.usermodel.Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int column = 0; column < COLUMNS; column++) {
					cells.add(text(row.getCell(column), formatter));
				}
				rows.add(new Row(row.getRowNum() + 1, cells));
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			// POI signals a file that is not a workbook with several unchecked
			// exceptions.
			throw new UnreadableException("admin.import.unreadable-xlsx", ex);
		}
	}

	/**
	 * A date cell as ISO text, so that it is read by {@link SheetDates} as typed ones.
	 */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell);
	}

	private static List<Row> csv(byte[] content) throws UnreadableException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableException("admin.import.not-utf8", ex);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\0') >= 0) {
			throw new UnreadableException("admin.import.not-utf8", null);
		}
		return csv(text, separator(text));
	}

	/**
	 * The separator the first line uses most: a Latvian spreadsheet exports semicolons.
	 */
	private static char separator(String text) {
		int end = text.indexOf('\n');
		String first = (end >= 0) ? text.substring(0, end) : text;
		char best = ',';
		long most = first.chars().filter((c) -> c == ',').count();
		for (char candidate : new char[] { ';', '\t' }) {
			long count = first.chars().filter((c) -> c == candidate).count();
			if (count > most) {
				best = candidate;
				most = count;
			}
		}
		return best;
	}

	/** RFC 4180: quoted fields may hold separators, doubled quotes and line breaks. */
	static List<Row> csv(String text, char separator) {
		List<Row> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			}
			else if (c == '"' && cell.length() == 0) {
				quoted = true;
			}
			else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				rows.add(new Row(rowLine, List.copyOf(cells)));
				cells.clear();
				line++;
				rowLine = line;
			}
			else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !cells.isEmpty()) {
			cells.add(cell.toString());
			rows.add(new Row(rowLine, List.copyOf(cells)));
		}
		return rows;
	}

}
