package lv.mfa.registry.shared.form;

import java.util.List;
import java.util.stream.Stream;

/**
 * Something that still depends on a record staff want to delete: a message key naming
 * what (e.g. "events") and how many. A record with dependants is not deleted.
 */
public record Dependant(String messageKey, long count) {

	/** The given dependants that exist, i.e. count more than zero. */
	public static List<Dependant> existing(Dependant... dependants) {
		return Stream.of(dependants).filter((dependant) -> dependant.count() > 0).toList();
	}

}
