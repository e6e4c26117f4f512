package lv.mfa.registry.dataset.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.PersistenceException;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import lv.mfa.registry.dataset.DatasetException;
import lv.mfa.registry.dataset.DatasetImporter;
import lv.mfa.registry.dataset.DatasetImporter.Loaded;
import lv.mfa.registry.dataset.DatasetImporter.NamedInput;
import lv.mfa.registry.dataset.DatasetProblem;
import lv.mfa.registry.dataset.admin.PendingImports.Pending;
import lv.mfa.registry.dataset.admin.PendingImports.UploadedFile;

/**
 * Runs an upload through the importer: for the preview in a transaction that is always
 * rolled back, for the confirmation in one that commits only when nothing is wrong. Both
 * take the same path, so the preview shows exactly what the import does.
 */
@Service
class DataImports {

	/** What an import did or would do: the problems, or what it creates. */
	record Outcome(List<DatasetProblem> problems, List<Loaded> records) {

		boolean ok() {
			return this.problems.isEmpty();
		}

		/** How many records of each section, in the data files' order. */
		Map<String, Integer> counts() {
			Map<String, Integer> counts = new LinkedHashMap<>();
			for (Loaded record : this.records) {
				counts.merge(record.section(), 1, Integer::sum);
			}
			return counts;
		}

	}

	private final DatasetImporter importer;

	private final ProgressSheetImport progress;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	DataImports(DatasetImporter importer, ProgressSheetImport progress, PlatformTransactionManager transactionManager,
			MessageSource messages) {
		this.importer = importer;
		this.progress = progress;
		this.transactions = new TransactionTemplate(transactionManager);
		this.messages = messages;
	}

	Outcome preview(Pending pending, Locale locale) {
		return run(pending, locale, false);
	}

	Outcome importNow(Pending pending, Locale locale) {
		return run(pending, locale, true);
	}

	private Outcome run(Pending pending, Locale locale, boolean keep) {
		try {
			return this.transactions.execute((status) -> {
				Outcome outcome = attempt(pending, locale);
				if (!keep || !outcome.ok()) {
					status.setRollbackOnly();
				}
				return outcome;
			});
		}
		catch (DataAccessException | PersistenceException ex) {
			// A rule only the database knows (a constraint the checks missed): still the
			// person's data, not a server fault.
			String file = pending.files().isEmpty() ? "" : pending.files().get(0).name();
			return new Outcome(List.of(new DatasetProblem(file, 0, null, this.messages
				.getMessage("admin.import.database-refused", new Object[] { rootMessage(ex) }, locale))), List.of());
		}
	}

	private Outcome attempt(Pending pending, Locale locale) {
		List<DatasetProblem> problems = new ArrayList<>();
		if (pending.kind() == PendingImports.Kind.PROGRESS) {
			List<Loaded> loaded = this.progress.run(pending.priorityId(), pending.files().get(0), locale, problems);
			return new Outcome(problems, problems.isEmpty() ? loaded : List.of());
		}
		List<NamedInput> inputs = new ArrayList<>();
		for (UploadedFile file : pending.files()) {
			inputs.add(new NamedInput(file.name(), () -> new ByteArrayInputStream(file.content())));
		}
		try {
			return new Outcome(List.of(), this.importer.importInputs(inputs).records());
		}
		catch (DatasetException ex) {
			// The importer words its problems in English for the log; staff read them in
			// their language.
			return new Outcome(ex.getProblems().stream().map((problem) -> problem.in(this.messages, locale)).toList(),
					List.of());
		}
		catch (IOException ex) {
			return new Outcome(
					List.of(new DatasetProblem(inputs.get(0).name(), 0, null, this.messages
						.getMessage("dataset.problem.unreadable", new Object[] { ex.getMessage() }, locale))),
					List.of());
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return (message != null) ? message.lines().findFirst().orElse("") : root.getClass().getSimpleName();
	}

}
