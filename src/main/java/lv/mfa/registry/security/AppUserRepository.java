package lv.mfa.registry.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@EntityGraph(attributePaths = "institution")
	Optional<AppUser> findByUsername(String username);

	boolean existsByRole(StaffRole role);

	boolean existsByUsernameIgnoreCase(String username);

	@EntityGraph(attributePaths = "institution")
	List<AppUser> findAllByOrderByUsername();

}
