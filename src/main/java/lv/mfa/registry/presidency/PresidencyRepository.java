package lv.mfa.registry.presidency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import lv.mfa.registry.shared.Publication;

public interface PresidencyRepository extends JpaRepository<Presidency, Long> {

	/**
	 * The overview's presidency with everything its header shows, in one statement.
	 * Public pages ask for it on every request: fetched in the query rather than by an
	 * entity graph, which Hibernate would translate anew on every call.
	 */
	@Query("select p from Presidency p left join fetch p.organisation left join fetch p.country"
			+ " left join fetch p.coordinator left join fetch p.previous left join fetch p.next"
			+ " where p.slug = :slug and p.publication = :publication")
	Optional<Presidency> findBySlugAndPublication(String slug, Publication publication);

	@EntityGraph(attributePaths = { "organisation", "country", "coordinator", "previous", "next" })
	Optional<Presidency> findBySlug(String slug);

	@Query("select p.slug from Presidency p where p.publication = lv.mfa.registry.shared.Publication.PUBLISHED order by p.periodStart desc, p.id desc limit 1")
	Optional<String> findLatestPublishedSlug();

	@Query("select p from Presidency p left join fetch p.organisation left join fetch p.country"
			+ " where p.publication = :publication order by p.periodStart desc")
	List<Presidency> findByPublicationOrderByPeriodStartDesc(Publication publication);

}
