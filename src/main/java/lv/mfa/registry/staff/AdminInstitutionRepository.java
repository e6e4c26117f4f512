package lv.mfa.registry.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.reference.Institution;

/** Institutions as the admin pages see them, with what still depends on each. */
interface AdminInstitutionRepository extends Repository<Institution, Long> {

	@Query("select i from Institution i left join fetch i.country order by i.code")
	List<Institution> findAllForAdmin();

	@Query("select i from Institution i left join fetch i.country where i.id = :id")
	Optional<Institution> findById(Long id);

	/** Events organised, per institution: one row per institution that organises any. */
	@Query("select new lv.mfa.registry.staff.AdminInstitutionRepository$EventCount(o.id, count(e))"
			+ " from Event e join e.organisers o group by o.id")
	List<EventCount> countEventsByInstitution();

	/** How many events an institution organises. */
	record EventCount(Long institutionId, long events) {
	}

	void delete(Institution institution);

}
