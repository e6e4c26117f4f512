package lv.mfa.registry.presidency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import lv.mfa.registry.shared.Publication;

public interface PresidencyRepository extends JpaRepository<Presidency, Long> {

	/** The overview's presidency with everything its header shows, in one statement. */
	@EntityGraph(attributePaths = { "organisation", "country", "coordinator", "previous", "next" })
	Optional<Presidency> findBySlugAndPublication(String slug, Publication publication);

	@EntityGraph(attributePaths = { "organisation", "country", "coordinator", "previous", "next" })
	Optional<Presidency> findBySlug(String slug);

	@Query("select p.slug from Presidency p where p.publication = lv.mfa.registry.shared.Publication.PUBLISHED order by p.periodStart desc, p.id desc limit 1")
	Optional<String> findLatestPublishedSlug();

	@EntityGraph(attributePaths = { "organisation", "country" })
	List<Presidency> findByPublicationOrderByPeriodStartDesc(Publication publication);

}
