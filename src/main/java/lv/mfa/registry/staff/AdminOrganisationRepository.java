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

	void delete(Organisation organisation);

}
