package lv.mfa.registry.staff;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.priority.TaskProgress;

/**
 * The progress entries the data-quality checks look at, with their presidency's period.
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

}
