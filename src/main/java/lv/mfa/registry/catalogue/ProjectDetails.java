package lv.mfa.registry.catalogue;

import java.util.List;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.project.Partner;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.reference.Country;

/** A project with its partners grouped by country (the lead partner's country first). */
record ProjectDetails(Project project, List<CountryPartners> partnersByCountry, List<Event> events) {

	record CountryPartners(Country country, List<Partner> partners) {

	}

}
