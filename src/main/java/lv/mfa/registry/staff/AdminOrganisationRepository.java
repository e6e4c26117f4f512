package lv.mfa.registry.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.reference.Organisation;

/** Organisations as the admin pages see them, with what still depends on each. */
interface AdminOrganisationRepository extends Repository<Organisation, Long> {

	@Query("select o from Organisation o left join fetch o.country order by o.code")
	List<Organisation> findAllForAdmin();

	@Query("select o from Organisation o left join fetch o.country where o.id = :id")
	Optional<Organisation> findById(Long id);

	@Query("select count(p) from Presidency p where p.organisation.id = :id")
	long countPresidencies(Long id);

	@Query("select count(w) from WorkingGroup w where w.organisation.id = :id")
	long countWorkingGroups(Long id);

	@Query("select count(e) from Event e join e.partners o where o.id = :id")
	long countEvents(Long id);

	void delete(Organisation organisation);

}
