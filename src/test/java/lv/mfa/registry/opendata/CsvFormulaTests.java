package lv.mfa.registry.opendata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No field opens as a formula in a spreadsheet, also when a tab or carriage return stands
 * before it (some spreadsheets skip them).
 */
class CsvFormulaTests {

	@Test
	void fieldsAFormulaCouldHideInStartWithAnApostrophe() {
		assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(Csv.field("\t=1+1")).isEqualTo("'\t=1+1");
		assertThat(Csv.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
		assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.field("Rīga")).isEqualTo("Rīga");
		assertThat(Csv.field(-5)).isEqualTo("-5");
	}

}
