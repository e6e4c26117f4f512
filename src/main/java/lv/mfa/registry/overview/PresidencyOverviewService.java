package lv.mfa.registry.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.overview.OverviewRepository.MonthCount;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.presidency.PresidencyRepository;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityRepository;
import lv.mfa.registry.progress.ProgressService;
import lv.mfa.registry.project.ProjectRepository;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.workinggroup.WorkingGroupRepository;

@Service
@Transactional(readOnly = true)
class PresidencyOverviewService {

	private final PresidencyRepository presidencies;

	private final PriorityRepository priorities;

	private final WorkingGroupRepository workingGroups;

	private final ProjectRepository projects;

	private final ProgressService progress;

	private final OverviewRepository overviewQueries;

	private final Clock clock;

	PresidencyOverviewService(PresidencyRepository presidencies, PriorityRepository priorities,
			WorkingGroupRepository workingGroups, ProjectRepository projects, ProgressService progress,
			OverviewRepository overviewQueries) {
		this.progress = progress;
		this.overviewQueries = overviewQueries;
		this.clock = Clock.systemDefaultZone();
		this.presidencies = presidencies;
		this.priorities = priorities;
		this.workingGroups = workingGroups;
		this.projects = projects;
	}

	Optional<String> latestSlug() {
		return this.presidencies.findLatestPublishedSlug();
	}

	List<Presidency> published() {
		return this.presidencies.findByPublicationOrderByPeriodStartDesc(Publication.PUBLISHED);
	}

	PresidencyOverview overview(String slug) {
		Presidency presidency = this.presidencies.findBySlugAndPublication(slug, Publication.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("presidency " + slug));
		Long id = presidency.getId();
		// One scan of the events gives both the chart and the counts per priority.
		List<MonthCount> byMonthAndPriority = this.overviewQueries.countByMonthAndPriority(id);
		Map<Long, Long> byPriority = new HashMap<>();
		for (MonthCount row : byMonthAndPriority) {
			byPriority.merge(row.priorityId(), row.starting(), Long::sum);
		}
		long eventCount = byPriority.values().stream().mapToLong(Long::longValue).sum();
		List<Priority> priorityList = this.priorities.findByPresidencyIdOrderByNumber(id);
		LocalDate today = LocalDate.now(this.clock);
		EventChart chart = EventChart.of(presidency.getPeriodStart(), presidency.getPeriodEnd(), priorityList,
				byMonthAndPriority);
		return new PresidencyOverview(presidency, priorityList, this.workingGroups.findPublishedRoles(id), eventCount,
				this.projects.countPublishedByPresidency(id), byPriority, this.progress.byPriority(id),
				this.overviewQueries.findRecent(id, today, 5), this.overviewQueries.findUpcoming(id, today, 5),
				this.overviewQueries.findProjects(id), chart);
	}

}
