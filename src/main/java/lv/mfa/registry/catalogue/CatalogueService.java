package lv.mfa.registry.catalogue;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.catalogue.CatalogueRepository.Facet;
import lv.mfa.registry.catalogue.CatalogueRepository.YearRange;
import lv.mfa.registry.project.Partner;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.shared.FacetValue;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.workinggroup.WorkingGroup;

@Service
@Transactional(readOnly = true)
class CatalogueService {

	private final CatalogueRepository repository;

	CatalogueService(CatalogueRepository repository) {
		this.repository = repository;
	}

	ProjectCatalogue projects(ProjectFilter filter, Locale locale) {
		List<FacetValue> ltps = facet(filter, Facet.LONG_TERM_PRIORITY, "project.ltp.");
		List<FacetValue> statuses = facet(filter, Facet.STATUS, "project.status.");
		List<FacetValue> programmes = facet(filter, Facet.PROGRAMME, null);
		List<FacetValue> countries = new ArrayList<>(facet(filter, Facet.COUNTRY, null));
		// By name in the visitor's language ("Beļģija, Dānija, Vācija"), not by code.
		Collator collator = Collator.getInstance(locale);
		countries.sort(Comparator.comparing((FacetValue f) -> f.text().get(locale), collator));
		List<Integer> years = new ArrayList<>();
		YearRange range = this.repository.years(filter);
		if (range.first() != null && range.last() != null) {
			for (int year = range.last(); year >= range.first(); year--) {
				years.add(year);
			}
		}
		long total = this.repository.countProjects(filter);
		int pageCount = (int) Math.max(1, (total + ProjectFilter.PAGE_SIZE - 1) / ProjectFilter.PAGE_SIZE);
		int page = Math.min(filter.page(), pageCount);
		List<Project> projects = this.repository.findProjects(filter, (page - 1) * ProjectFilter.PAGE_SIZE,
				ProjectFilter.PAGE_SIZE);
		return new ProjectCatalogue(filter, projects, ltps, statuses, programmes, countries, years, total, page,
				pageCount);
	}

	/** A facet's values: labelled by message key (prefix + constant) or by name. */
	private List<FacetValue> facet(ProjectFilter filter, Facet facet, String keyPrefix) {
		return this.repository.facet(filter, facet)
			.stream()
			.map((row) -> new FacetValue(row.code(), row.name(), (keyPrefix != null) ? keyPrefix + row.code() : null,
					row.count()))
			.toList();
	}

	ProjectDetails project(String idText, Locale locale) {
		long id = parseId(idText);
		Project project = this.repository.findProject(id).orElseThrow(() -> new NotFoundException("project " + id));
		Map<String, List<Partner>> byCountry = new LinkedHashMap<>();
		Map<String, Country> countries = new LinkedHashMap<>();
		List<Partner> partners = new ArrayList<>(project.getPartners());
		// The lead partner's country first, then by country name in the visitor's
		// language.
		partners.sort(Comparator.comparing((Partner p) -> !p.isLead())
			.thenComparing((p) -> (p.getCountry() != null) ? p.getCountry().getName().get(locale) : "\uFFFF")
			.thenComparing(Partner::getPosition));
		for (Partner partner : partners) {
			String code = (partner.getCountry() != null) ? partner.getCountry().getCode() : "";
			byCountry.computeIfAbsent(code, (c) -> new ArrayList<>()).add(partner);
			countries.putIfAbsent(code, partner.getCountry());
		}
		List<ProjectDetails.CountryPartners> groups = new ArrayList<>();
		byCountry.forEach((code, list) -> groups.add(new ProjectDetails.CountryPartners(countries.get(code), list)));
		return new ProjectDetails(project, groups, this.repository.findProjectEvents(project.getId()));
	}

	WorkingGroupDetails workingGroup(String code) {
		WorkingGroup group = this.repository.findWorkingGroup(code.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("working group " + code));
		return new WorkingGroupDetails(group, this.repository.findRoles(group.getId()),
				this.repository.findWorkingGroupEvents(group.getId()),
				this.repository.findWorkingGroupProjects(group.getId()));
	}

	private static long parseId(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("project " + id);
		}
	}

}
