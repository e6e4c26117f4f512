package lv.mfa.registry.presidency.admin;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import lv.mfa.registry.BrowserSupport;
import lv.mfa.registry.SeparateDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's "done when": from an empty registry (no demo data, only the first admin), a
 * presidency that is not in the demo data (Latvia's second CBSS presidency, 2007–2008) is
 * set up through the staff pages alone: reference data, a coordinator, the presidency,
 * three priorities with goals and tasks, entries one by one and pasted on the bulk page,
 * a working group and its role, entries reordered, a task with an entry deleted, the
 * draft report previewed (HTML, PDF, DOCX), published, and found by an anonymous visitor
 * in Latvian and English. It writes the README's "Setting up a new presidency"
 * screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "registry.demo-data.enabled=false", "REGISTRY_ADMIN_USERNAME=admin",
				"REGISTRY_ADMIN_PASSWORD=" + NewPresidencyBrowserTests.ADMIN_PASSWORD })
@Import(SeparateDatabaseConfiguration.class)
class NewPresidencyBrowserTests extends BrowserSupport {

	static final String ADMIN_PASSWORD = "pirmais administrators 2007";

	private static final String COORDINATOR = "ilze.ozola";

	private static final String COORDINATOR_PASSWORD = "Baltijas jūra rudenī 2007";

	private static final String SLUG = "cbss-2007-2008";

	private static final List<String[]> PRIORITIES = List.of(new String[] { "Padomes reforma", "Reform of the Council",
			"Pielāgot Baltijas jūras valstu padomes darbu reģiona situācijai pēc Eiropas Savienības paplašināšanās.",
			"Adapt the work of the Council of the Baltic Sea States to the region after the enlargement of the European Union.",
			"Sagatavot priekšlikumus padomes reformai", "Prepare proposals for reforming the Council",
			"Pārskatīt darba grupu mandātus", "Review the mandates of the working groups",
			"Stiprināt sekretariāta lomu", "Strengthen the role of the Secretariat" },
			new String[] { "Enerģētika", "Energy",
					"Veicināt reģiona valstu sadarbību energoapgādes drošības un energoefektivitātes jomā.",
					"Promote cooperation among the states of the region on security of energy supply and energy efficiency.",
					"Rīkot enerģētikas ministru sanāksmi", "Hold a meeting of energy ministers",
					"Izstrādāt energoefektivitātes sadarbības programmu",
					"Draw up a cooperation programme on energy efficiency" },
			new String[] { "Izglītība un kultūra", "Education and culture",
					"Stiprināt Baltijas jūras reģiona identitāti, attīstot sadarbību izglītībā un kultūrā.",
					"Strengthen the identity of the Baltic Sea region by developing cooperation in education and culture.",
					"Paplašināt studentu apmaiņu reģionā", "Expand student exchange in the region",
					"Rīkot Baltijas jūras reģiona kultūras forumu", "Hold a Baltic Sea Region culture forum" });

	/** Each priority's lead institution, by its acronym. */
	private static final List<String> LEADS = List.of("ĀM", "EM", "IZM");

	/** Rows as copied from a Word table: task, date, kind, text LV, text EN. */
	private static final String ENERGY_ROWS = """
			Uzdevums\tDatums\tVeids\tTeksts LV\tTeksts EN
			1\t3.–5.10.2007\tpaveikts\tEnerģētikas ministru sanāksme Rīgā pieņēma kopīgu paziņojumu par energoapgādes drošību.\tThe meeting of energy ministers in Riga adopted a joint statement on security of energy supply.
			1\t2007-Q4\tpaveikts\tSagatavots pārskats par reģiona elektrotīklu starpsavienojumiem.\tA review of the region's electricity interconnections was prepared.
			1\t2008. gada janvārī\tpaveikts\tVecāko amatpersonu grupa enerģētikas jautājumos apsprieda sanāksmes rezultātu īstenošanu.\tThe senior officials' group on energy discussed how to put the meeting's results into practice.
			2\t2008\tplānots\tIzstrādāt energoefektivitātes sadarbības programmu 2008.–2010. gadam.\tDraw up a cooperation programme on energy efficiency for 2008–2010.
			2\t14.02.2008\tpaveikts\tViļņā notika ekspertu seminārs par ēku energoefektivitāti.\tAn expert seminar on the energy efficiency of buildings was held in Vilnius.
			2\t2008. gada pavasarī\tplānots\tIesniegt programmas projektu Vecāko amatpersonu komitejai.\tSubmit the draft programme to the Committee of Senior Officials.
			2\t2008-05-20..2008-05-21\tplānots\tRīkot konferenci par atjaunojamo energoresursu izmantošanu.\tHold a conference on the use of renewable energy sources.
			""";

	private static final String CULTURE_ROWS = """
			1\t2007-09\tpaveikts\tIzveidota darba grupa studentu apmaiņas paplašināšanai.\tA working group was set up to expand student exchange.
			1\t2007-Q4\tpaveikts\tApkopota informācija par dalībvalstu stipendiju programmām.\tInformation on the member states' scholarship programmes was compiled.
			1\t2008\tplānots\tSagatavot ieteikumus kopīgām maģistra studiju programmām.\tPrepare recommendations for joint master's programmes.
			2\t12.–14.06.2008\tplānots\tRīgā rīkot Baltijas jūras reģiona kultūras forumu.\tHold the Baltic Sea Region Culture Forum in Riga.
			2\t2008. gada martā\tpaveikts\tApstiprināta foruma programma un dalībnieku saraksts.\tThe forum's programme and list of participants were approved.
			2\t2008-spring\tplānots\tPublicēt aicinājumu kultūras organizācijām pieteikt projektus.\tPublish a call for cultural organisations to propose projects.
			""";

	@Test
	void aNewPresidencyIsSetUpThroughTheFormsAndFoundByVisitors() throws Exception {
		StaffPages staff = new StaffPages(this.page, baseUrl());
		referenceDataAndCoordinator(staff.signIn("admin", ADMIN_PASSWORD));
		staff.signOut().signIn(COORDINATOR, COORDINATOR_PASSWORD);

		String presidencyId = presidency(staff);
		List<String> priorityIds = priorities(staff, presidencyId);
		entriesOneByOne(staff, presidencyId);
		bulkEntries(staff, priorityIds.get(1), ENERGY_ROWS, 7, "docs/new-presidency-4-bulk-entries.png");
		// The culture rows are saved and published at once; their tasks stay drafts.
		bulkEntries(staff, priorityIds.get(2), CULTURE_ROWS, 6, null);
		deleteATaskWithItsEntry(staff, priorityIds.get(0));
		workingGroup(staff);
		previewTheDraftReport(staff, presidencyId);
		publishDrafts(staff, presidencyId);

		staff.open("/admin/presidencies/" + presidencyId + "/edit").press("main .publish-form button");
		assertThat(staff.notice()).isEqualTo("Prezidentūra publicēta.");
		visitorFindsIt();
	}

	/**
	 * As the first admin: what an empty registry lacks, and the coordinator's account.
	 */
	private void referenceDataAndCoordinator(StaffPages staff) {
		staff.country("LV", "Latvija", "Latvia");
		staff.namedBody("organisations", "Jauna organizācija", "CBSS", null,
				Map.of("nameLv", "Baltijas jūras valstu padome", "nameEn", "Council of the Baltic Sea States",
						"acronymLv", "BJVP", "acronymEn", "CBSS"));
		staff.namedBody("institutions", "Jauna iestāde", "AM", "Latvija", Map.of("nameLv", "Ārlietu ministrija",
				"nameEn", "Ministry of Foreign Affairs", "acronymLv", "ĀM", "acronymEn", "MFA"));
		staff.namedBody("institutions", "Jauna iestāde", "EM", "Latvija", Map.of("nameLv", "Ekonomikas ministrija",
				"nameEn", "Ministry of Economics", "acronymLv", "EM", "acronymEn", "MoE"));
		staff.namedBody("institutions", "Jauna iestāde", "IZM", "Latvija",
				Map.of("nameLv", "Izglītības un zinātnes ministrija", "nameEn", "Ministry of Education and Science",
						"acronymLv", "IZM", "acronymEn", "MoES"));
		staff.open("/admin/users").follow("Jauns lietotājs");
		staff.fill("username", COORDINATOR, "password", COORDINATOR_PASSWORD)
			.choose("role", "koordinators")
			.choose("institutionId", "ĀM")
			.save();
		assertThat(staff.notice()).isEqualTo("Lietotājs izveidots.");
	}

	/** The presidency's form, every field a new one needs; answers its id. */
	private String presidency(StaffPages staff) {
		staff.open("/admin/presidencies").follow("Jauna prezidentūra");
		staff.choose("organisationId", "BJVP – Baltijas jūras valstu padome")
			.choose("countryCode", "Latvija")
			.choose("coordinatorId", "ĀM")
			.fill("ordinal", "2", "periodStart", "2007-07-01", "periodEnd", "2008-06-30", "reportDatePlace",
					"05.02.2008, Rīga")
			.fill("legalBasisLv",
					"Baltijas jūras valstu padomes darbības noteikumi, saskaņā ar kuriem prezidentūra dalībvalstīm mainās katru gadu 1. jūlijā.",
					"legalBasisEn",
					"The Terms of Reference of the Council of the Baltic Sea States, under which the presidency passes between the member states every year on 1 July.",
					"introductionLv",
					"Latvija otro reizi vadīja Baltijas jūras valstu padomi no 2007. gada 1. jūlija līdz 2008. gada 30. jūnijam. "
							+ "Prezidentūras laikā Latvija pievērsās padomes reformai, enerģētikas sadarbībai un sakariem izglītībā un kultūrā.",
					"introductionEn",
					"Latvia chaired the Council of the Baltic Sea States for the second time from 1 July 2007 to 30 June 2008. "
							+ "It focused on reforming the Council, on energy cooperation and on links in education and culture.");
		screenshot(this.page, "docs/new-presidency-1-presidency-form.png", this.page.locator("main"), 1000);
		staff.save();
		assertThat(staff.notice()).isEqualTo("Prezidentūra ir izveidota kā melnraksts.");
		assertThat(staff.text("main h1")).isEqualTo("BJVP prezidentūra 2007–2008: Latvija");
		assertThat(this.page.inputValue("#reportDatePlace")).isEqualTo("05.02.2008, Rīga");
		assertThat(this.page.inputValue("#ordinal")).isEqualTo("2");
		return this.page.url().replaceAll(".*/admin/presidencies/(\\d+)/edit.*", "$1");
	}

	/** Three priorities from the presidency's form, each with its goal and tasks. */
	private List<String> priorities(StaffPages staff, String presidencyId) {
		List<String> ids = new java.util.ArrayList<>();
		for (String[] p : PRIORITIES) {
			staff.open("/admin/presidencies/" + presidencyId + "/edit").follow("Jauna prioritāte");
			staff.fill("titleLv", p[0], "titleEn", p[1], "goalLv", p[2], "goalEn", p[3]);
			for (int task = 0; 4 + task * 2 < p.length; task++) {
				staff.fill("tasks" + task + ".titleLv", p[4 + task * 2], "tasks" + task + ".titleEn", p[5 + task * 2]);
			}
			this.page.getByLabel(LEADS.get(ids.size()), new Page.GetByLabelOptions().setExact(true)).check();
			if (ids.isEmpty()) {
				screenshot(this.page, "docs/new-presidency-2-priority-form.png", this.page.locator("main"), 1100);
			}
			staff.save();
			assertThat(staff.notice()).isEqualTo("Prioritāte ir izveidota.");
			assertThat(staff.text("main h1")).isEqualTo((ids.size() + 1) + ". " + p[0]);
			assertThat(this.page.locator("main .row-card button[value^='delete:']").count())
				.isEqualTo((p.length - 4) / 2);
			ids.add(this.page.url().replaceAll(".*/admin/priorities/(\\d+)/edit.*", "$1"));
		}
		return ids;
	}

	/**
	 * Entries of the first priority through the single-entry form, then the third moved
	 * up.
	 */
	private void entriesOneByOne(StaffPages staff, String presidencyId) {
		String[][] entries = {
				{ "0", "20.09.2007", "DONE", "Vecāko amatpersonu komiteja Rīgā apsprieda reformas principus.",
						"The Committee of Senior Officials discussed the principles of the reform in Riga." },
				{ "0", "2007-Q4", "DONE", "Sagatavots reformas priekšlikumu projekts un nosūtīts dalībvalstīm.",
						"A draft of the reform proposals was prepared and sent to the member states." },
				{ "0", "2008. gada janvārī", "DONE", "Reformas priekšlikumi saskaņoti ar visām dalībvalstīm.",
						"The reform proposals were agreed with all member states." },
				{ "2", "2008-03", "DONE", "Sekretariāta darba plāns papildināts ar jauniem uzdevumiem.",
						"New tasks were added to the Secretariat's work plan." } };
		for (String[] entry : entries) {
			staff.open("/admin/progress?presidency=" + presidencyId);
			this.page.locator("main article.task")
				.nth(Integer.parseInt(entry[0]))
				.getByText("Pievienot izpildes ierakstu")
				.click();
			this.page.waitForLoadState();
			staff.checked().fill("when", entry[1], "textLv", entry[3], "textEn", entry[4]);
			this.page.selectOption("#kind", entry[2]);
			staff.save();
			assertThat(staff.notice()).isEqualTo("Izpildes ieraksts saglabāts.");
		}
		Locator reform = this.page.locator("main article.task").first();
		assertThat(reform.locator("tbody tr").allTextContents()).hasSize(3);
		reform.locator("tbody tr").nth(2).locator("button[value=up]").click();
		this.page.waitForLoadState();
		staff.checked();
		reform = this.page.locator("main article.task").first();
		List<String> rows = reform.locator("tbody tr td:nth-child(3)").allTextContents();
		assertThat(rows.get(1)).contains("saskaņoti ar visām dalībvalstīm");
		assertThat(rows.get(2)).contains("nosūtīts dalībvalstīm");
		assertThat(reform.locator("tbody tr td:first-child").allTextContents().get(1)).contains("01.2008");
	}

	/**
	 * Rows pasted on a priority's bulk page, checked into the table and saved at once.
	 */
	private void bulkEntries(StaffPages staff, String priorityId, String rows, int count, String screenshot) {
		staff.open("/admin/priorities/" + priorityId + "/edit").follow("Pievienot vairākus ierakstus uzreiz");
		staff.fill("paste", rows).press("main button[name=action][value=check]");
		assertThat(this.page.inputValue("#row-" + (count - 1) + "-textLv")).isNotEmpty();
		if (screenshot != null) {
			screenshot(this.page, screenshot, this.page.locator("main"), 900);
		}
		if (screenshot != null) {
			staff.save();
			assertThat(staff.notice()).isEqualTo("Izpildes ieraksti saglabāti.");
		}
		else {
			staff.press("main form.form > button[name=publish]");
			assertThat(staff.notice()).isEqualTo("Izpildes ieraksti saglabāti un publicēti.");
		}
		assertThat(this.page.url()).contains("#entry-");
		if (screenshot != null) {
			screenshot(this.page, "docs/new-presidency-5-progress-list.png",
					this.page.locator("main form.publish-all").nth(1), 900);
		}
	}

	/** The first priority's third task has an entry: its deletion asks first. */
	private void deleteATaskWithItsEntry(StaffPages staff, String priorityId) {
		staff.open("/admin/priorities/" + priorityId + "/edit")
			.press("main .row-card button[value^='delete:'] >> nth=2");
		assertThat(this.page.url()).matches(".*/admin/priorities/" + priorityId + "/tasks/\\d+/delete");
		assertThat(staff.text("main [role=alert]")).isEqualTo("Kopā ar uzdevumu tiks dzēsts 1 progresa ieraksts.");
		staff.press("main form button.button--danger");
		assertThat(staff.notice()).isEqualTo("Uzdevums ir dzēsts.");
		assertThat(this.page.locator("main .row-card button[value^='delete:']").count()).isEqualTo(2);
		screenshot(this.page, "docs/new-presidency-3-tasks.png", this.page.locator("#tasks"), 800);
	}

	/** A working group through its form, linked to the energy priority as chaired. */
	private void workingGroup(StaffPages staff) {
		staff.open("/admin/working-groups").follow("Jauna darba grupa");
		staff
			.fill("code", "BASREC", "nameLv", "Baltijas jūras reģiona enerģētikas sadarbība", "nameEn",
					"Baltic Sea Region Energy Co-operation", "descriptionLv",
					"Reģiona valstu enerģētikas ministriju vecāko amatpersonu grupa.", "descriptionEn",
					"The group of senior officials of the energy ministries of the region.")
			.choose("kind", "Ekspertu grupa")
			.choose("organisationId", "CBSS")
			.save();
		staff.choose("links0.presidencyId", SLUG)
			.choose("links0.priorityId", SLUG + " · 2. Enerģētika")
			.choose("links0.leadInstitutionId", "EM");
		this.page.check("[id='links0.chaired1']");
		staff.press("#links button[type=submit]");
		assertThat(staff.notice()).isEqualTo("Saites saglabātas.");
		staff.press("main .publish-form button");
		assertThat(this.page.locator("main p.meta").first().textContent()).contains("Publicēts");
	}

	/**
	 * The coordinator's preview of the draft: the page, HTML, PDF and DOCX, all marked.
	 */
	private void previewTheDraftReport(StaffPages staff, String presidencyId) throws Exception {
		// The draft's form links its report preview.
		staff.open("/admin/presidencies/" + presidencyId + "/edit").follow("Informatīvais ziņojums");
		assertThat(staff.text("main .report-draft")).startsWith("Melnraksts – prezidentūra nav publicēta");
		assertThat(staff.text("main .report-date-place")).contains("05.02.2008, Rīga");
		screenshot(this.page, "docs/new-presidency-6-draft-report.png", false);

		APIResponse html = this.page.request().get(baseUrl() + "/admin/presidencies/" + SLUG + "/report.html?lang=lv");
		assertThat(html.status()).isEqualTo(200);
		assertThat(html.text()).contains("Melnraksts – prezidentūra nav publicēta", "Enerģētika");

		Download pdf = this.page.waitForDownload(() -> this.page.locator("main a[href*='report.pdf?lang=lv']").click());
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("MELNRAKSTS", "Padomes reforma", "Izglītība un kultūra");
		}
		Download docx = this.page
			.waitForDownload(() -> this.page.locator("main a[href*='report.docx?lang=en']").click());
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx.path())));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("Reform of the Council", "Energy");
			// The mark is in the page header, so on every page.
			assertThat(document.getHeaderList()).extracting(XWPFHeader::getText).anyMatch((h) -> h.contains("DRAFT"));
		}
	}

	/**
	 * Tasks and entries are drafts until a coordinator publishes them: each priority's
	 * "publish its drafts" button on the progress list. Reform: 2 tasks and 3 entries
	 * (the deleted task's went with it); energy: 2 tasks and 7 entries; culture: only its
	 * 2 tasks, its entries were published with the bulk save.
	 */
	private void publishDrafts(StaffPages staff, String presidencyId) {
		staff.open("/admin/progress?presidency=" + presidencyId);
		assertThat(this.page.locator("main form.publish-all button").allInnerTexts())
			.containsExactly("Publicēt 5 melnrakstus", "Publicēt 9 melnrakstus", "Publicēt 2 melnrakstus");
		for (String published : List.of("Publicēti 5 melnraksti.", "Publicēti 9 melnraksti.",
				"Publicēti 2 melnraksti.")) {
			staff.press("main form.publish-all button");
			assertThat(this.page.locator("main p.notice[role=status]").allInnerTexts()).contains(published);
		}
		assertThat(this.page.locator("main form.publish-all").count()).isZero();
		assertThat(this.page.locator("main .badge").allTextContents()).as("drafts left").isEmpty();
	}

	/** An anonymous visitor: the overview, the priorities and an entry, in LV and EN. */
	private void visitorFindsIt() {
		try (BrowserContext context = browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900)
				.setBypassCSP(true))) {
			Page visitor = context.newPage();
			assertThat(visitor.navigate(baseUrl() + "/lv/presidencies").status()).isEqualTo(200);
			visitor.locator("main a").getByText("BJVP prezidentūra 2007–2008: Latvija").click();
			visitor.waitForURL(baseUrl() + "/lv/presidencies/" + SLUG);
			assertThat(visitor.locator("main ol.priority-list > li h3").allInnerTexts())
				.containsExactly("Padomes reforma", "Enerģētika", "Izglītība un kultūra");
			assertThat(visitor.locator("main").textContent()).contains("BASREC",
					"2007. gada 1. jūlija līdz 2008. gada 30. jūnijam");
			assertThat(visitor.locator("main ol.priority-list > li").nth(1).innerText())
				.contains("Atbildīgās iestādes: EM", "Nav pasākumu");
			// No events yet: the count is said, not offered as a link to an empty
			// timeline.
			assertThat(visitor.locator("main ol.priority-list a[href*='timeline']").count()).isZero();
			assertNoAxeViolations(visitor);
			screenshot(visitor, "docs/new-presidency-7-public-overview.png", visitor.locator("main"), 1000);

			assertThat(visitor.navigate(baseUrl() + "/lv/presidencies/" + SLUG + "/priorities/2").status())
				.isEqualTo(200);
			assertThat(visitor.locator("main").textContent()).contains("Rīkot enerģētikas ministru sanāksmi",
					"2008. gada janvārī", "2007. gada 3.–5. oktobrī", "Vecāko amatpersonu grupa enerģētikas jautājumos",
					"BASREC");
			assertNoAxeViolations(visitor);

			assertThat(visitor.navigate(baseUrl() + "/en/presidencies/" + SLUG).status()).isEqualTo(200);
			assertThat(visitor.locator("main h1").textContent()).isEqualTo("CBSS presidency 2007–2008: Latvia");
			assertThat(visitor.locator("main ol.priority-list > li h3").allInnerTexts())
				.containsExactly("Reform of the Council", "Energy", "Education and culture");
			assertNoAxeViolations(visitor);
			assertThat(visitor.navigate(baseUrl() + "/en/presidencies/" + SLUG + "/priorities/2").status())
				.isEqualTo(200);
			assertThat(visitor.locator("main").textContent()).contains("Hold a meeting of energy ministers",
					"in January 2008", "3–5 October 2007", "The senior officials' group on energy");
			assertNoAxeViolations(visitor);
		}
	}

}
