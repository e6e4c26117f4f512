package lv.mfa.registry.reference.usage;

import jakarta.persistence.EntityManager;

/**
 * Counting for the {@link ReferenceUsage} implementations: one JPQL count with one named
 * parameter {@code ref}.
 */
public final class ReferenceUsages {

	private ReferenceUsages() {
	}

	public static long count(EntityManager entityManager, String jpql, Object ref) {
		return entityManager.createQuery(jpql, Long.class).setParameter("ref", ref).getSingleResult();
	}

}
