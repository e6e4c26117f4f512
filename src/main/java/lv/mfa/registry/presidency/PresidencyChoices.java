package lv.mfa.registry.presidency;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The presidencies staff forms offer: published ones first, newest first, then the
 * drafts, so that the first is the default for a new record.
 */
@Service
@Transactional(readOnly = true)
public class PresidencyChoices {

	private final PresidencyRepository presidencies;

	PresidencyChoices(PresidencyRepository presidencies) {
		this.presidencies = presidencies;
	}

	public List<Presidency> publishedFirst() {
		List<Presidency> all = this.presidencies.findAll(Sort.by(Sort.Direction.DESC, "periodStart"));
		List<Presidency> ordered = new ArrayList<>(all.stream().filter(Presidency::isPublished).toList());
		all.stream().filter((p) -> !p.isPublished()).forEach(ordered::add);
		return ordered;
	}

}
