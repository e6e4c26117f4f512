package lv.mfa.registry.opendata;

import java.time.LocalDate;
import java.util.List;

/** The shapes of the downloads, the same in CSV and JSON. */
final class OpenDataRecords {

	private OpenDataRecords() {
	}

	record EventRecord(long id, String key, LocalDate start, LocalDate end, String datePrecision, String titleLv,
			String titleEn, String type, String status, String cityLv, String cityEn, String country, Integer priority,
			String workingGroup, List<String> organisers, String resultsLv, String resultsEn, String url) {

		/** The columns of the CSV, named as the JSON names its fields. */
		static final List<String> COLUMNS = List.of("id", "key", "start", "end", "datePrecision", "titleLv", "titleEn",
				"type", "status", "cityLv", "cityEn", "country", "priority", "workingGroup", "organisers", "resultsLv",
				"resultsEn", "url");

	}

	record ProjectRecord(long id, String key, String titleLv, String titleEn, String acronym, Integer startYear,
			Integer endYear, String programme, String status, String longTermPriority, Integer priority,
			List<PartnerRecord> partners, String url) {

		/**
		 * The columns of the CSV: the JSON's fields, its list of partners summed up as
		 * the lead partner, the partner countries and the number of partners.
		 */
		static final List<String> COLUMNS = List.of("id", "key", "titleLv", "titleEn", "acronym", "startYear",
				"endYear", "programme", "status", "longTermPriority", "priority", "leadPartner", "partnerCountries",
				"partnerCount", "url");

	}

	record PartnerRecord(String nameLv, String nameEn, String country, boolean lead) {

	}

}
