package lv.mfa.registry.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.ObjectMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import lv.mfa.registry.shared.web.PublicAddress;

@Controller
class OpenDataController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final OpenDataService openData;

	private final ObjectMapper objectMapper;

	private final PublicAddress publicAddress;

	OpenDataController(OpenDataService openData, ObjectMapper objectMapper, PublicAddress publicAddress) {
		this.publicAddress = publicAddress;
		this.openData = openData;
		this.objectMapper = objectMapper;
	}

	@GetMapping("/presidencies/{slug}/events.csv")
	ResponseEntity<byte[]> eventsCsv(@PathVariable String slug, @RequestParam Map<String, String> filters) {
		Csv csv = new Csv().row(OpenDataRecords.EventRecord.COLUMNS);
		for (OpenDataRecords.EventRecord e : this.openData.events(slug, filters, this.publicAddress.baseUrl())) {
			csv.row(values(e.id(), e.key(), e.start(), e.end(), e.datePrecision(), e.titleLv(), e.titleEn(), e.type(),
					e.status(), e.cityLv(), e.cityEn(), e.country(), e.priority(), e.workingGroup(),
					String.join(" ", e.organisers()), e.resultsLv(), e.resultsEn(), e.url()));
		}
		return download(csv.bytes(), CSV, slug + "-events.csv");
	}

	@GetMapping("/presidencies/{slug}/events.json")
	ResponseEntity<byte[]> eventsJson(@PathVariable String slug, @RequestParam Map<String, String> filters) {
		return download(
				this.objectMapper.writeValueAsBytes(this.openData.events(slug, filters, this.publicAddress.baseUrl())),
				MediaType.APPLICATION_JSON, slug + "-events.json");
	}

	@GetMapping("/presidencies/{slug}/projects.csv")
	ResponseEntity<byte[]> projectsCsv(@PathVariable String slug) {
		Csv csv = new Csv().row(OpenDataRecords.ProjectRecord.COLUMNS);
		for (OpenDataRecords.ProjectRecord p : this.openData.projects(slug, this.publicAddress.baseUrl())) {
			String lead = p.partners()
				.stream()
				.filter(OpenDataRecords.PartnerRecord::lead)
				.map((pa) -> (pa.nameEn() != null) ? pa.nameEn() : pa.nameLv())
				.findFirst()
				.orElse(null);
			String countries = p.partners()
				.stream()
				.map(OpenDataRecords.PartnerRecord::country)
				.filter((c) -> c != null)
				.distinct()
				.sorted()
				.collect(Collectors.joining(" "));
			csv.row(values(p.id(), p.key(), p.titleLv(), p.titleEn(), p.acronym(), p.startYear(), p.endYear(),
					p.programme(), p.status(), p.longTermPriority(), p.priority(), lead, countries, p.partners().size(),
					p.url()));
		}
		return download(csv.bytes(), CSV, slug + "-projects.csv");
	}

	@GetMapping("/presidencies/{slug}/projects.json")
	ResponseEntity<byte[]> projectsJson(@PathVariable String slug) {
		return download(this.objectMapper.writeValueAsBytes(this.openData.projects(slug, this.publicAddress.baseUrl())),
				MediaType.APPLICATION_JSON, slug + "-projects.json");
	}

	/** What each column of the downloads holds, in the visitor's language. */
	@GetMapping("/open-data")
	String dictionary(Model model) {
		model.addAttribute("eventColumns", OpenDataRecords.EventRecord.COLUMNS);
		model.addAttribute("projectColumns", OpenDataRecords.ProjectRecord.COLUMNS);
		model.addAttribute("partnerFields", List.of("nameLv", "nameEn", "country", "lead"));
		return "opendata/dictionary";
	}

	private static List<Object> values(Object... values) {
		List<Object> list = new ArrayList<>();
		for (Object value : values) {
			list.add(value);
		}
		return list;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
