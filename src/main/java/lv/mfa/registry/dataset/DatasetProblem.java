package lv.mfa.registry.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * One thing wrong with a data file, pointing at the record by file, line and key. The
 * message is English (for the start-up log); a problem with a message key is shown to
 * staff in their language ({@link #in}).
 */
public record DatasetProblem(String file, int line, String record, String message, String messageKey,
		List<Object> arguments) {

	public DatasetProblem {
		arguments = (arguments != null) ? List.copyOf(arguments) : List.of();
	}

	/** A problem in English only (a text that has no key, such as the parser's own). */
	public DatasetProblem(String file, int line, String record, String message) {
		this(file, line, record, message, null, List.of());
	}

	/**
	 * A problem worded by a message key (arguments may themselves be resolvable
	 * messages), with its English wording.
	 */
	static DatasetProblem keyed(String file, int line, String record, String english, String messageKey,
			Object... arguments) {
		return new DatasetProblem(file, line, record, english, messageKey, Arrays.asList(arguments));
	}

	/** The same problem with its message in the language asked for. */
	public DatasetProblem in(MessageSource messages, Locale locale) {
		if (this.messageKey == null) {
			return this;
		}
		String localized = messages.getMessage(this.messageKey, this.arguments.toArray(), this.message, locale);
		return new DatasetProblem(this.file, this.line, this.record, localized, null, List.of());
	}

	@Override
	public String toString() {
		return this.file + ":" + this.line + (this.record != null ? " (" + this.record + ")" : "") + ": "
				+ this.message;
	}

}
