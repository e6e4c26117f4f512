package lv.mfa.registry.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Repository;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.workinggroup.WorkingGroup;
import lv.mfa.registry.workinggroup.WorkingGroupRole;

/** The catalogue pages' queries, each one statement whatever the number of rows. */
@Repository
class CatalogueRepository {

	enum Facet {

		NONE, LONG_TERM_PRIORITY, YEAR, COUNTRY, PROGRAMME, STATUS

	}

	private final EntityManager entityManager;

	CatalogueRepository(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<Project> findProjects(ProjectFilter filter, int offset, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		TypedQuery<Project> query = this.entityManager.createQuery("select p from Project p join fetch p.programme"
				+ where(filter, Facet.NONE, parameters) + " order by p.startYear desc nulls last, p.id", Project.class);
		parameters.forEach(query::setParameter);
		return query.setFirstResult(offset).setMaxResults(limit).getResultList();
	}

	long countProjects(ProjectFilter filter) {
		Map<String, Object> parameters = new HashMap<>();
		TypedQuery<Long> query = this.entityManager
			.createQuery("select count(p) from Project p" + where(filter, Facet.NONE, parameters), Long.class);
		parameters.forEach(query::setParameter);
		return query.getSingleResult();
	}

	/**
	 * A facet's values with how many projects each would show.
	 *
	 * @param code the enum constant's name or the programme's or country's code
	 * @param name the programme's or country's name; null for an enum
	 */
	record FacetCount(String code, LocalizedText name, long count) {
	}

	/**
	 * The earliest start and the latest end (or start) year; both null without projects.
	 */
	record YearRange(Integer first, Integer last) {
	}

	List<FacetCount> facet(ProjectFilter filter, Facet facet) {
		boolean named = facet == Facet.PROGRAMME || facet == Facet.COUNTRY;
		return facetRows(filter, facet).stream()
			.map((row) -> named ? new FacetCount(row.get(0, String.class),
					LocalizedText.of(row.get(1, String.class), row.get(2, String.class)), row.get(3, Long.class))
					: new FacetCount(((Enum<?>) row.get(0)).name(), null, row.get(1, Long.class)))
			.toList();
	}

	YearRange years(ProjectFilter filter) {
		Tuple row = facetRows(filter, Facet.YEAR).get(0);
		return new YearRange(row.get(0, Integer.class), row.get(1, Integer.class));
	}

	private List<Tuple> facetRows(ProjectFilter filter, Facet facet) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(filter, facet, parameters);
		String jpql = switch (facet) {
			case LONG_TERM_PRIORITY -> "select p.longTermPriority, count(p) from Project p" + where
					+ " and p.longTermPriority is not null group by p.longTermPriority order by p.longTermPriority";
			case STATUS -> "select p.status, count(p) from Project p" + where + " group by p.status order by p.status";
			case PROGRAMME -> "select f.code, f.name.lv, f.name.en, count(p) from Project p join p.programme f" + where
					+ " group by f.code, f.name.lv, f.name.en order by f.code";
			case COUNTRY -> "select c.code, c.name.lv, c.name.en, count(distinct p) from Project p join p.partners pa"
					+ " join pa.country c" + where + " group by c.code, c.name.lv, c.name.en order by c.code";
			case YEAR -> "select min(p.startYear), max(coalesce(p.endYear, p.startYear)) from Project p" + where;
			case NONE -> throw new IllegalArgumentException("no facet");
		};
		TypedQuery<Tuple> query = this.entityManager.createQuery(jpql, Tuple.class);
		parameters.forEach(query::setParameter);
		return query.getResultList();
	}

	/** A published project with its programme, presidency, priority and partners. */
	Optional<Project> findProject(long id) {
		return this.entityManager
			.createQuery("select p from Project p join fetch p.programme left join fetch p.presidency s"
					+ " left join fetch p.priority left join fetch p.partners pa left join fetch pa.country"
					+ " where p.id = :id and p.publication = :published", Project.class)
			.setParameter("id", id)
			.setParameter("published", Publication.PUBLISHED)
			.getResultStream()
			.findFirst();
	}

	List<Event> findProjectEvents(Long projectId) {
		return this.entityManager
			.createQuery("select e from Event e left join e.presidency s where e.project.id = :projectId"
					+ " and e.publication = :published and (s is null or s.publication = :published)"
					+ " order by e.startDate, e.id", Event.class)
			.setParameter("projectId", projectId)
			.setParameter("published", Publication.PUBLISHED)
			.getResultList();
	}

	Optional<WorkingGroup> findWorkingGroup(String code) {
		return this.entityManager
			.createQuery("select w from WorkingGroup w left join fetch w.organisation"
					+ " where w.code = :code and w.publication = :published", WorkingGroup.class)
			.setParameter("code", code)
			.setParameter("published", Publication.PUBLISHED)
			.getResultStream()
			.findFirst();
	}

	List<WorkingGroupRole> findRoles(Long workingGroupId) {
		return this.entityManager
			.createQuery("select r from WorkingGroupRole r join fetch r.presidency s join fetch s.organisation"
					+ " join fetch s.country left join fetch r.priority left join fetch r.leadInstitution"
					+ " where r.workingGroup.id = :id and s.publication = :published order by s.periodStart desc",
					WorkingGroupRole.class)
			.setParameter("id", workingGroupId)
			.setParameter("published", Publication.PUBLISHED)
			.getResultList();
	}

	List<Event> findWorkingGroupEvents(Long workingGroupId) {
		return this.entityManager
			.createQuery("select e from Event e left join e.presidency s left join fetch e.country"
					+ " where e.workingGroup.id = :id and e.publication = :published"
					+ " and (s is null or s.publication = :published) order by e.startDate, e.id", Event.class)
			.setParameter("id", workingGroupId)
			.setParameter("published", Publication.PUBLISHED)
			.getResultList();
	}

	/**
	 * Projects related to a working group: those its events belong to (a priority it
	 * served has many projects the group had no part in).
	 */
	List<Project> findWorkingGroupProjects(Long workingGroupId) {
		return this.entityManager
			.createQuery("select p from Project p join fetch p.programme where p.publication = :published and"
					+ " p.id in (select e.project.id from Event e where e.workingGroup.id = :id)"
					+ " order by p.startYear, p.id", Project.class)
			.setParameter("id", workingGroupId)
			.setParameter("published", Publication.PUBLISHED)
			.getResultList();
	}

	private static String where(ProjectFilter filter, Facet without, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder(" where p.publication = :published");
		parameters.put("published", Publication.PUBLISHED);
		if (filter.longTermPriority() != null && without != Facet.LONG_TERM_PRIORITY) {
			where.append(" and p.longTermPriority = :ltp");
			parameters.put("ltp", filter.longTermPriority());
		}
		if (filter.status() != null && without != Facet.STATUS) {
			where.append(" and p.status = :status");
			parameters.put("status", filter.status());
		}
		if (filter.programme() != null && without != Facet.PROGRAMME) {
			where.append(" and p.programme.code = :programme");
			parameters.put("programme", filter.programme());
		}
		if (filter.year() != null && without != Facet.YEAR) {
			where.append(" and p.startYear <= :year and coalesce(p.endYear, p.startYear) >= :year");
			parameters.put("year", filter.year());
		}
		if (filter.country() != null && without != Facet.COUNTRY) {
			where.append(" and p.id in (select pa2.project.id from Partner pa2 where pa2.country.code = :country)");
			parameters.put("country", filter.country());
		}
		return where.toString();
	}

}
