package lv.mfa.registry.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@EntityGraph(attributePaths = "institution")
	Optional<AppUser> findByUsername(String username);

	boolean existsByRole(StaffRole role);

	boolean existsByUsernameIgnoreCase(String username);

	@EntityGraph(attributePaths = "institution")
	List<AppUser> findAllByOrderByUsername();

	/** What a live session is checked against on every request. */
	@Query("select new lv.mfa.registry.security.AccountState(u.enabled, u.version) from AppUser u where u.id = :id")
	Optional<AccountState> findStateById(Long id);

	/**
	 * Counts a wrong password in one statement, so parallel attempts cannot lose a count;
	 * the version stays, as a failed attempt is not a change to the account.
	 */
	@Modifying
	@Transactional
	@Query("update AppUser u set u.failedAttempts = u.failedAttempts + 1 where u.username = :username")
	int countFailedAttempt(String username);

	@Modifying
	@Transactional
	@Query("update AppUser u set u.failedAttempts = 0 where u.username = :username")
	int clearFailedAttempts(String username);

}
