package lv.mfa.registry.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CountryRepository extends JpaRepository<Country, String> {

	List<Country> findAllByOrderByCode();

}
