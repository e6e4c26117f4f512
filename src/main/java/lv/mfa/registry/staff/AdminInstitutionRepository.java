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

	@Query("select count(e) from Event e join e.organisers o where o.id = :id")
	long countEvents(Long id);

	@Query("select count(u) from AppUser u where u.institution.id = :id")
	long countUsers(Long id);

	@Query("select count(p) from Priority p join p.leadInstitutions i where i.id = :id")
	long countLedPriorities(Long id);

	@Query("select count(p) from Presidency p where p.coordinator.id = :id")
	long countCoordinatedPresidencies(Long id);

	@Query("select count(r) from WorkingGroupRole r where r.leadInstitution.id = :id")
	long countLedWorkingGroups(Long id);

	void delete(Institution institution);

}
