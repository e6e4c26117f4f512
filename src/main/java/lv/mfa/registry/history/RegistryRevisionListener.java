package lv.mfa.registry.history;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Records who saved: the signed-in member of staff, or {@value #SYSTEM} for imports at
 * start.
 */
class RegistryRevisionListener implements RevisionListener {

	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revisionEntity) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String username = (authentication != null && authentication.isAuthenticated()) ? authentication.getName()
				: SYSTEM;
		((RegistryRevision) revisionEntity).setUsername(username);
	}

}
