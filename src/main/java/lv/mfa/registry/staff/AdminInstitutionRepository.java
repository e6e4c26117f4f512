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

	/** Events organised, per institution id: one row (id, count) per institution. */
	@Query("select o.id, count(e) from Event e join e.organisers o group by o.id")
	List<Object[]> countEventsByInstitution();

	void delete(Institution institution);

}
