package lv.mfa.registry.event.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.shared.Publication;

/** The event list's filters, sort order and page, as query parameters. */
record EventFilter(String q, Long presidency, Event.Status status, Publication publication, Long institution,
		String sort, Integer page) {

	static final int PAGE_SIZE = 25;

	/** The sort orders offered: key → property, newest first by default. */
	static final List<String> SORTS = List.of("-start", "start", "title", "-title", "status");

	public String sortKey() {
		return (this.sort != null && SORTS.contains(this.sort)) ? this.sort : "-start";
	}

	/** Past this page the row offset would not fit the database driver's int. */
	static final int MAX_PAGE = Integer.MAX_VALUE / PAGE_SIZE - 1;

	int pageNumber() {
		return (this.page != null && this.page > 0) ? Math.min(this.page, MAX_PAGE) : 0;
	}

	Pageable pageable() {
		String key = sortKey();
		Sort.Direction direction = key.startsWith("-") ? Sort.Direction.DESC : Sort.Direction.ASC;
		String property = switch (key.replace("-", "")) {
			case "title" -> "title.lv";
			case "status" -> "status";
			default -> "startDate";
		};
		return PageRequest.of(pageNumber(), PAGE_SIZE, Sort.by(direction, property).and(Sort.by(direction, "id")));
	}

	Specification<Event> specification() {
		return (Root<Event> root, jakarta.persistence.criteria.CriteriaQuery<?> query,
				jakarta.persistence.criteria.CriteriaBuilder cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.q != null && !this.q.isBlank()) {
				String pattern = "%" + this.q.strip()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("title").get("lv")), pattern, '\\'),
						cb.like(cb.lower(root.get("title").get("en")), pattern, '\\')));
			}
			if (this.presidency != null) {
				predicates.add(cb.equal(root.get("presidency").get("id"), this.presidency));
			}
			if (this.status != null) {
				predicates.add(cb.equal(root.get("status"), this.status));
			}
			if (this.publication != null) {
				predicates.add(cb.equal(root.get("publication"), this.publication));
			}
			if (this.institution != null) {
				Subquery<Long> organised = query.subquery(Long.class);
				Root<Event> other = organised.from(Event.class);
				Join<Object, Object> organiser = other.join("organisers");
				organised.select(other.get("id")).where(cb.equal(organiser.get("id"), this.institution));
				predicates.add(root.get("id").in(organised));
			}
			return cb.and(predicates.toArray(new Predicate[0]));
		};
	}

}
