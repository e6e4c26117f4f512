package lv.mfa.registry.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FundingProgrammeRepository extends JpaRepository<FundingProgramme, Long> {

	List<FundingProgramme> findAllByOrderByCode();

	Optional<FundingProgramme> findByCode(String code);

}
