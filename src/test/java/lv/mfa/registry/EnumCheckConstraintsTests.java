package lv.mfa.registry;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.security.StaffRole;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.workinggroup.WorkingGroup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each Java enum stored as text names exactly the values its column's CHECK constraint
 * allows: a constant added on one side only would fail on save, or never be used.
 */
@RegistryJpaTest
class EnumCheckConstraintsTests {

	private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> columns() {
		return Stream.of(Arguments.of("presidency", "publication", Publication.class),
				Arguments.of("working_group", "publication", Publication.class),
				Arguments.of("project", "publication", Publication.class),
				Arguments.of("event", "publication", Publication.class),
				Arguments.of("priority_task", "publication", Publication.class),
				Arguments.of("task_progress", "publication", Publication.class),
				Arguments.of("task_progress", "kind", TaskProgress.Kind.class),
				Arguments.of("task_progress", "date_precision", ApproximateDate.Precision.class),
				Arguments.of("event", "date_precision", ApproximateDate.Precision.class),
				Arguments.of("working_group", "mandate_precision", ApproximateDate.Precision.class),
				Arguments.of("working_group", "kind", WorkingGroup.Kind.class),
				Arguments.of("project", "long_term_priority", Project.LongTermPriority.class),
				Arguments.of("project", "status", Project.Status.class),
				Arguments.of("event", "type", Event.Type.class), Arguments.of("event", "status", Event.Status.class),
				Arguments.of("app_user", "role", StaffRole.class));
	}

	@ParameterizedTest(name = "{0}.{1} = {2}")
	@MethodSource("columns")
	void enumEqualsItsCheckList(String table, String column, Class<? extends Enum<?>> type) {
		Set<String> constants = new TreeSet<>();
		Stream.of(type.getEnumConstants()).forEach((constant) -> constants.add(constant.name()));
		assertThat(allowed(table, column)).as(table + "." + column).isEqualTo(constants);
	}

	/** The values the column's CHECK constraint lists, read from the catalogue. */
	private Set<String> allowed(String table, String column) {
		List<String> definitions = this.jdbc.queryForList("select pg_get_constraintdef(c.oid) from pg_constraint c"
				+ " join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace"
				+ " join pg_attribute a on a.attrelid = t.oid and a.attnum = any (c.conkey)"
				+ " where n.nspname = 'registry' and t.relname = ? and a.attname = ? and c.contype = 'c'"
				+ " and cardinality(c.conkey) = 1", String.class, table, column);
		Set<String> values = new TreeSet<>();
		for (String definition : definitions) {
			Matcher matcher = QUOTED.matcher(definition);
			while (matcher.find()) {
				values.add(matcher.group(1));
			}
		}
		assertThat(values).as("CHECK list of " + table + "." + column).isNotEmpty();
		return values;
	}

}
