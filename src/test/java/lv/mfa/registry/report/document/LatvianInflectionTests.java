package lv.mfa.registry.report.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LatvianInflectionTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "Latvija, Latvijas", "Lietuva, Lietuvas", "Islande, Islandes", "Dānija, Dānijas",
			"Norvēģija, Norvēģijas", "Krievijas Federācija, Krievijas Federācijas", "tīkls, tīkla",
			"Baltijas jūras valstu padome, Baltijas jūras valstu padomes", "XYZ, XYZ" })
	void genitiveOfTheHolder(String nominative, String genitive) {
		assertThat(LatvianInflection.genitive(nominative)).isEqualTo(genitive);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "Baltijas jūras valstu padome, Baltijas jūras valstu padomē", "Eiropas Savienība, Eiropas Savienībā",
			"Ziemeļvalstu Ministru padome, Ziemeļvalstu Ministru padomē", "Arktikas padome, Arktikas padomē",
			"Baltijas jūras valstu arodbiedrību sadarbības tīkls, Baltijas jūras valstu arodbiedrību sadarbības tīklā",
			"CBSS, CBSS" })
	void locativeOfTheOrganisation(String nominative, String locative) {
		assertThat(LatvianInflection.locative(nominative)).isEqualTo(locative);
	}

}
