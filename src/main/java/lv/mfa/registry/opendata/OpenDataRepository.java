package lv.mfa.registry.opendata;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

import lv.mfa.registry.project.Project;
import lv.mfa.registry.shared.Publication;

@Repository
class OpenDataRepository {

	private final EntityManager entityManager;

	OpenDataRepository(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * A presidency's published projects with programme and partners, in one statement.
	 */
	List<Project> findProjects(Long presidencyId) {
		return this.entityManager
			.createQuery(
					"select distinct p from Project p join fetch p.programme left join fetch p.priority"
							+ " left join fetch p.partners pa left join fetch pa.country"
							+ " where p.presidency.id = :id and p.publication = :published order by p.id",
					Project.class)
			.setParameter("id", presidencyId)
			.setParameter("published", Publication.PUBLISHED)
			.getResultList();
	}

}
