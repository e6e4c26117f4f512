package lv.mfa.registry.presidency.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff pages as a person uses them, for a browser test: open a page (200), fill
 * fields by their id, press a button and land on the next page. Every page the browser
 * loads on the way is watched: an answer of 400 or more fails the test at the next step,
 * naming the address, so a broken link or form shows where it broke.
 */
final class StaffPages {

	private final Page page;

	private final String baseUrl;

	private final List<String> failures = new ArrayList<>();

	StaffPages(Page page, String baseUrl) {
		this.page = page;
		this.baseUrl = baseUrl;
		page.onResponse((response) -> {
			if (response.request().isNavigationRequest() && response.status() >= 400) {
				this.failures.add(response.status() + " " + response.url());
			}
		});
	}

	Page page() {
		return this.page;
	}

	/** Opens an address of the application and expects 200. */
	StaffPages open(String path) {
		Response response = this.page.navigate(this.baseUrl + path);
		assertThat(response.status()).as("GET " + path).isEqualTo(200);
		return checked();
	}

	/** Follows a link by its visible text, within the page's main part. */
	StaffPages follow(String linkText) {
		this.page.locator("main a").getByText(linkText, new Locator.GetByTextOptions().setExact(true)).first().click();
		this.page.waitForLoadState();
		return checked();
	}

	/** Fills text fields by id: id, value, id, value… */
	StaffPages fill(String... idsAndValues) {
		for (int i = 0; i < idsAndValues.length; i += 2) {
			this.page.locator("[id='" + idsAndValues[i] + "']").fill(idsAndValues[i + 1]);
		}
		return this;
	}

	/** Chooses an option by its visible text. */
	StaffPages choose(String id, String optionText) {
		this.page.locator("[id='" + id + "']")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(optionText));
		return this;
	}

	/** Presses a button (or any control) and waits for the page it leads to. */
	StaffPages press(String selector) {
		this.page.locator(selector).first().click();
		this.page.waitForLoadState();
		return checked();
	}

	/** The main form's "Save" / "Create" button: the visible one without a name. */
	StaffPages save() {
		return press("main form.form > button.button:not([name])");
	}

	/** The flash message the last save left ("… saglabāts."). */
	String notice() {
		return this.page.locator("main p.notice[role=status]").first().textContent().strip();
	}

	String text(String selector) {
		return this.page.locator(selector).first().textContent().strip();
	}

	StaffPages signIn(String username, String password) {
		open("/login");
		fill("username", username, "password", password);
		press("main form button[type=submit]");
		assertThat(this.page.url()).as("signed in as " + username).endsWith("/admin");
		return this;
	}

	StaffPages signOut() {
		press("header form[action$='/logout'] button");
		return this;
	}

	/** A country through /admin/countries: code and names. */
	StaffPages country(String code, String nameLv, String nameEn) {
		open("/admin/countries").follow("Jauna valsts");
		fill("code", code, "nameLv", nameLv, "nameEn", nameEn).save();
		assertThat(this.page.locator("main table").textContent()).contains(nameLv);
		return this;
	}

	/**
	 * An organisation or an institution through its list's "new" link: code, names and
	 * acronyms in both languages, the country for an institution.
	 */
	StaffPages namedBody(String list, String newLink, String code, String country, Map<String, String> texts) {
		open("/admin/" + list).follow(newLink);
		fill("code", code);
		if (country != null) {
			choose("countryCode", country);
		}
		texts.forEach((id, value) -> fill(id, value));
		save();
		assertThat(this.page.locator("main table").textContent()).contains(code);
		return this;
	}

	/** Fails with every page that answered 400 or more since the last check. */
	StaffPages checked() {
		assertThat(this.failures).as("pages that answered with an error").isEmpty();
		assertThat(this.page.locator("main form .notice--error").allTextContents())
			.as("a form's errors on " + this.page.url())
			.isEmpty();
		return this;
	}

}
