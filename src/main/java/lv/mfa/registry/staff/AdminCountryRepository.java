package lv.mfa.registry.staff;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.reference.Country;

/** What still refers to a country, for deleting it. */
interface AdminCountryRepository extends Repository<Country, String> {

	@Query("select count(i) from Institution i where i.country.code = :code")
	long countInstitutions(String code);

	@Query("select count(o) from Organisation o where o.country.code = :code")
	long countOrganisations(String code);

	@Query("select count(p) from Presidency p where p.country.code = :code")
	long countPresidencies(String code);

	@Query("select count(e) from Event e where e.country.code = :code")
	long countEvents(String code);

	@Query("select count(p) from Partner p where p.country.code = :code")
	long countPartners(String code);

	void delete(Country country);

}
