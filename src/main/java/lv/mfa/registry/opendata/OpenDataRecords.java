package lv.mfa.registry.opendata;

import java.time.LocalDate;
import java.util.List;

/** The shapes of the downloads, the same in CSV and JSON. */
final class OpenDataRecords {

	private OpenDataRecords() {
	}

	record EventRecord(long id, String key, LocalDate start, LocalDate end, String titleLv, String titleEn, String type,
			String status, String cityLv, String cityEn, String country, Integer priority, String workingGroup,
			List<String> organisers, String url) {

	}

	record ProjectRecord(long id, String key, String titleLv, String titleEn, String acronym, Integer startYear,
			Integer endYear, String programme, String status, String longTermPriority, Integer priority,
			List<PartnerRecord> partners, String url) {

	}

	record PartnerRecord(String nameLv, String nameEn, String country, boolean lead) {

	}

}
