package lv.mfa.registry.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.dataset.DatasetReader.Dataset;
import lv.mfa.registry.dataset.DatasetReader.Located;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * Loads data files (see {@code data/FORMAT.md}) into the registry: all of them or none.
 * Every record is checked first, on its own and against the others and what the database
 * already holds; only a data set without problems is saved, in one transaction. The one
 * entry point: the checks between records are {@link DatasetReferenceChecks}, the saving
 * {@link DatasetReferenceSaving} and {@link DatasetActivitySaving}.
 */
@Service
public class DatasetImporter {

	private static final Logger logger = LoggerFactory.getLogger(DatasetImporter.class);

	private final EntityManager entityManager;

	private final Validator validator;

	private final DatasetReader reader = new DatasetReader();

	DatasetImporter(EntityManager entityManager, Validator validator) {
		this.entityManager = entityManager;
		this.validator = validator;
	}

	/** Summary of what was loaded, with every record by section, key and name. */
	public record Result(int presidencies, int workingGroups, int projects, int events, List<Loaded> records) {

		public Result(int presidencies, int workingGroups, int projects, int events) {
			this(presidencies, workingGroups, projects, events, List.of());
		}

	}

	/**
	 * One record of the data set as loaded: its section ({@code events}), its key and its
	 * name or title (null where it has none).
	 */
	public record Loaded(String section, String key, LocalizedText name) {
	}

	/** Loads every {@code *.yaml} under the location, in file-name order. */
	@Transactional
	public Result importLocation(String locationPattern) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			List<NamedInput> inputs = new ArrayList<>();
			for (Resource resource : resources) {
				inputs.add(new NamedInput(resource.getFilename(), resource::getInputStream));
			}
			return importInputs(inputs);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the data set at " + locationPattern, ex);
		}
	}

	/** A data file by name. */
	public record NamedInput(String name, InputSource source) {
	}

	@FunctionalInterface
	public interface InputSource {

		InputStream open() throws IOException;

	}

	@Transactional
	public Result importInputs(List<NamedInput> inputs) throws IOException {
		Dataset dataset = new Dataset();
		for (NamedInput input : inputs) {
			try (InputStream stream = input.source().open()) {
				this.reader.read(input.name(), stream, dataset);
			}
		}
		validate(dataset);
		// Both kinds of check run, so that one look names every problem of the files.
		new DatasetReferenceChecks(this.entityManager, dataset).check();
		if (!dataset.problems.isEmpty()) {
			throw new DatasetException(dataset.problems);
		}
		Result counts = save(dataset);
		this.entityManager.flush();
		Result result = new Result(counts.presidencies(), counts.workingGroups(), counts.projects(), counts.events(),
				loaded(dataset));
		logger.info("Loaded {} presidencies, {} working groups, {} projects and {} events from {} file(s)",
				result.presidencies(), result.workingGroups(), result.projects(), result.events(), inputs.size());
		return result;
	}

	/** Saves in dependency order: what is referred to before what refers to it. */
	private Result save(Dataset dataset) {
		DatasetEntities entities = new DatasetEntities(this.entityManager);
		DatasetReferenceSaving references = new DatasetReferenceSaving(dataset, entities);
		references.saveReferenceData();
		int presidencies = references.savePresidencies();
		DatasetActivitySaving activities = new DatasetActivitySaving(dataset, entities);
		int workingGroups = activities.saveWorkingGroups();
		int projects = activities.saveProjects();
		int events = activities.saveEvents();
		return new Result(presidencies, workingGroups, projects, events);
	}

	private static List<Loaded> loaded(Dataset dataset) {
		List<Loaded> loaded = new ArrayList<>();
		DatasetReader.SECTIONS.forEach((section, type) -> {
			for (Located<?> located : dataset.all(type)) {
				loaded.add(new Loaded(section, located.key(), DatasetReader.nameOf(located.record())));
			}
		});
		return loaded;
	}

	/**
	 * The rule a value breaks, as a message: the data set's own keys as they are, the
	 * standard constraints by a key of ours with their limit
	 * ({@code dataset.constraint.Min}).
	 */
	private static MessageSourceResolvable rule(ConstraintViolation<?> violation) {
		String template = violation.getMessageTemplate();
		if (template.startsWith("{dataset.") && template.endsWith("}")) {
			return new DefaultMessageSourceResolvable(new String[] { template.substring(1, template.length() - 1) },
					violation.getMessage());
		}
		Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
		Object limit = attributes.containsKey("regexp") ? attributes.get("regexp") : attributes.get("value");
		String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		return new DefaultMessageSourceResolvable(new String[] { "dataset.constraint." + constraint },
				new Object[] { limit }, violation.getMessage());
	}

	private void validate(Dataset dataset) {
		for (List<Located<?>> records : dataset.records.values()) {
			for (Located<?> located : records) {
				for (ConstraintViolation<?> violation : this.validator.validate(located.record())) {
					String path = violation.getPropertyPath().toString();
					String english = (path.isEmpty() ? "" : path + ": ") + violation.getMessage();
					MessageSourceResolvable rule = rule(violation);
					dataset.problems.add(path.isEmpty() ? located.problem(english, "dataset.problem.rule", rule)
							: located.problem(english, "dataset.problem.field-rule", path, rule));
				}
			}
		}
	}

}
