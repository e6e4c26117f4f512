package lv.mfa.registry.project.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.project.Project;

/** Projects as the coordinators edit them, drafts included. */
interface AdminProjectRepository extends Repository<Project, Long> {

	@Query("select p from Project p join fetch p.programme left join fetch p.presidency order by p.startYear desc nulls last, p.key")
	List<Project> findAllForAdmin();

	@Query("select p from Project p join fetch p.programme left join fetch p.partners where p.id = :id")
	Optional<Project> findWithPartners(Long id);

	Optional<Project> findByKey(String key);

	Project save(Project project);

}
