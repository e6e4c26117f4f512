package lv.mfa.registry.workinggroup;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkingGroupRepository extends JpaRepository<WorkingGroup, Long> {

	Optional<WorkingGroup> findByCode(String code);

	List<WorkingGroup> findAllByOrderByCode();

	/**
	 * The working groups active in a presidency, with their role there, in one statement.
	 */
	@Query("select r from WorkingGroupRole r join fetch r.workingGroup left join fetch r.priority"
			+ " left join fetch r.leadInstitution where r.presidency.id = :presidencyId"
			+ " and r.workingGroup.publication = lv.mfa.registry.shared.Publication.PUBLISHED order by r.workingGroup.code")
	List<WorkingGroupRole> findPublishedRoles(Long presidencyId);

	/**
	 * Every working group's role in a presidency, drafts included (the report preview of
	 * a draft presidency).
	 */
	@Query("select r from WorkingGroupRole r join fetch r.workingGroup left join fetch r.priority"
			+ " left join fetch r.leadInstitution where r.presidency.id = :presidencyId order by r.workingGroup.code")
	List<WorkingGroupRole> findAllRoles(Long presidencyId);

}
