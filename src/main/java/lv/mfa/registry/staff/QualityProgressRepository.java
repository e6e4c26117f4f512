package lv.mfa.registry.staff;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.priority.TaskProgress;

/**
 * The progress entries the data-quality checks look at, with their presidency's period;
 * and the bilingual texts of the priorities and their tasks.
 */
interface QualityProgressRepository extends Repository<TaskProgress, Long> {

	/** One entry as the checks need it. */
	record ProgressFacts(Long id, String presidency, int priority, LocalDate date, TaskProgress.Kind kind,
			String textLv, String textEn, LocalDate periodStart, LocalDate periodEnd) {
	}

	/** Every entry, in one statement. */
	@Query("select new lv.mfa.registry.staff.QualityProgressRepository$ProgressFacts(e.id, s.slug, p.number,"
			+ " e.entryDate, e.kind, e.text.lv, e.text.en, s.periodStart, s.periodEnd)"
			+ " from TaskProgress e join e.task t join t.priority p join p.presidency s"
			+ " order by s.periodStart, p.number, e.entryDate, e.id")
	List<ProgressFacts> findAllForQualityChecks();

	/**
	 * A priority's texts, with one of its tasks' title (none when it has no task): one
	 * row per task, so that the dashboard stays at one statement per check.
	 */
	record PriorityTexts(Long id, String presidency, int number, String titleLv, String titleEn, String goalLv,
			String goalEn, String narrativeLv, String narrativeEn, String beforeTasksLv, String beforeTasksEn,
			String afterTasksLv, String afterTasksEn, Long taskId, String taskLv, String taskEn) {
	}

	/** Every priority with its tasks, in one statement. */
	@Query("select new lv.mfa.registry.staff.QualityProgressRepository$PriorityTexts(p.id, s.slug, p.number,"
			+ " p.title.lv, p.title.en, p.goal.lv, p.goal.en, p.narrative.lv, p.narrative.en, p.beforeTasks.lv,"
			+ " p.beforeTasks.en, p.afterTasks.lv, p.afterTasks.en, t.id, t.title.lv, t.title.en)"
			+ " from Priority p join p.presidency s left join p.tasks t"
			+ " order by s.periodStart, p.number, t.position")
	List<PriorityTexts> findPriorityTexts();

}
