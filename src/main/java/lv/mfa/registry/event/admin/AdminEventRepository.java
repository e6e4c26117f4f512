package lv.mfa.registry.event.admin;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.event.Event;

/** The events as staff see them: drafts included. */
interface AdminEventRepository extends Repository<Event, Long>, JpaSpecificationExecutor<Event> {

	/** A page of the list; organisers come in one batch for the whole page. */
	@Override
	@EntityGraph(attributePaths = { "presidency" })
	Page<Event> findAll(Specification<Event> specification, Pageable pageable);

	/** An event with everything its form shows (documents follow in one batch). */
	@EntityGraph(attributePaths = { "presidency", "country", "organisers", "agenda" })
	Optional<Event> findWithDetailsById(Long id);

	/**
	 * The event to change, its version raised on save even when only its agenda or
	 * documents change, so that two saves over the same version always conflict.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select e from Event e where e.id = :id")
	Optional<Event> findForUpdate(Long id);

	/**
	 * The event's saved version, its row locked until the transaction ends: saves of one
	 * event take turns, so the second of two saves over one version sees the first's
	 * version (a conflict) before it touches the agenda or the documents.
	 */
	@Query(value = "select version from event where id = :id for update", nativeQuery = true)
	Optional<Long> lockVersion(Long id);

	Event save(Event event);

	void delete(Event event);

}
