package lv.mfa.registry.presidency.admin;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.presidency.Presidency;

/**
 * What is attached to a presidency, for deleting it, and the facts a new one needs (its
 * ordinal, a free slug).
 */
interface PresidencyDependants extends Repository<Presidency, Long> {

	@Query("select count(p) from Priority p where p.presidency.id = :id")
	long countPriorities(Long id);

	@Query("select count(e) from Event e where e.presidency.id = :id")
	long countEvents(Long id);

	@Query("select count(p) from Project p where p.presidency.id = :id")
	long countProjects(Long id);

	@Query("select count(r) from WorkingGroupRole r where r.presidency.id = :id")
	long countWorkingGroupRoles(Long id);

	@Query("select coalesce(max(p.ordinal), 0) from Presidency p where p.organisation.id = :organisationId and p.country.code = :countryCode")
	int maxOrdinal(Long organisationId, String countryCode);

	@Query("select count(p) > 0 from Presidency p where p.organisation.id = :organisationId and p.country.code = :countryCode and p.ordinal = :ordinal and p.id <> :exceptId")
	boolean ordinalTaken(Long organisationId, String countryCode, int ordinal, Long exceptId);

	boolean existsBySlug(String slug);

}
