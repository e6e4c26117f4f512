package lv.mfa.registry.priority;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityRepository extends JpaRepository<Priority, Long> {

	/**
	 * A presidency's priorities in order, with their lead institutions, in one statement.
	 */
	@EntityGraph(attributePaths = { "leadInstitutions" })
	List<Priority> findByPresidencyIdOrderByNumber(Long presidencyId);

	Optional<Priority> findByPresidencyIdAndNumber(Long presidencyId, int number);

}
