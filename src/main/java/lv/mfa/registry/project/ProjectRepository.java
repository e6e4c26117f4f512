package lv.mfa.registry.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectRepository extends JpaRepository<Project, Long> {

	/** Every project, newest first: what the event form offers to link an event to. */
	List<Project> findAllByOrderByStartYearDescKey();

	@Query("select count(p) from Project p where p.presidency.id = :presidencyId"
			+ " and p.publication = lv.mfa.registry.shared.Publication.PUBLISHED")
	long countPublishedByPresidency(Long presidencyId);

}
