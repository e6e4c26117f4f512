package lv.mfa.registry.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InstitutionRepository extends JpaRepository<Institution, Long> {

	List<Institution> findAllByOrderByCode();

	Optional<Institution> findByCode(String code);

}
