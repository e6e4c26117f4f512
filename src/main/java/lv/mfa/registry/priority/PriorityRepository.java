package lv.mfa.registry.priority;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PriorityRepository extends JpaRepository<Priority, Long> {

	/**
	 * A presidency's priorities in order, with their lead institutions, in one statement.
	 * Fetched in the query rather than by an entity graph: Hibernate translates a query
	 * with an entity graph anew on every call, a plain one once.
	 */
	@Query("select p from Priority p left join fetch p.leadInstitutions where p.presidency.id = :presidencyId"
			+ " order by p.number")
	List<Priority> findByPresidencyIdOrderByNumber(Long presidencyId);

	Optional<Priority> findByPresidencyIdAndNumber(Long presidencyId, int number);

}
