package lv.mfa.registry.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Revoked means revoked: a session holds the account as it was at sign-in, so on every
 * request the account is read again (one indexed row) and the session ends when the
 * account is gone, disabled or changed since (a new role, institution or password). The
 * visitor then continues anonymously and is sent to sign in again.
 */
class StaffSessionCheck extends OncePerRequestFilter {

	private final AppUserRepository users;

	StaffSessionCheck(AppUserRepository users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffUser staff && !stillValid(staff)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

	private boolean stillValid(StaffUser staff) {
		return this.users.findStateById(staff.getId())
			.map((state) -> state.enabled() && state.version() == staff.getVersion())
			.orElse(false);
	}

}
