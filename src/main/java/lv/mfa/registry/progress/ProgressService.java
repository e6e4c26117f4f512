package lv.mfa.registry.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.progress.ProgressRepository.EntryCount;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.presidency.PresidencyRepository;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.Publication;

@Service
@Transactional(readOnly = true)
public class ProgressService {

	/** The most events a priority's page lists; the timeline filtered by it shows all. */
	static final int PAGE_EVENTS = 50;

	private final PresidencyRepository presidencies;

	private final ProgressRepository repository;

	ProgressService(PresidencyRepository presidencies, ProgressRepository repository) {
		this.presidencies = presidencies;
		this.repository = repository;
	}

	/**
	 * The progress of each priority of a presidency, by priority id, in one statement.
	 */
	public Map<Long, Progress> byPriority(Long presidencyId) {
		Map<Long, Progress> progress = new HashMap<>();
		for (EntryCount row : this.repository.countEntriesByPriority(presidencyId)) {
			long count = row.count();
			Progress entry = (row.kind() == TaskProgress.Kind.DONE) ? new Progress(count, 0) : new Progress(0, count);
			progress.merge(row.priorityId(), entry, Progress::plus);
		}
		return progress;
	}

	PriorityPage priority(String slug, String numberText) {
		Presidency presidency = this.presidencies.findBySlugAndPublication(slug, Publication.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("presidency " + slug));
		int number;
		try {
			number = Integer.parseInt(numberText);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("priority " + numberText);
		}
		Priority priority = this.repository.findPriority(presidency.getId(), number)
			.orElseThrow(() -> new NotFoundException("priority " + number));
		List<PriorityTask> tasks = this.repository.findTasks(priority.getId());
		Map<Long, List<TaskProgress>> entries = new HashMap<>();
		for (TaskProgress entry : this.repository.findEntries(priority.getId())) {
			entries.computeIfAbsent(entry.getTask().getId(), (id) -> new ArrayList<>()).add(entry);
		}
		Progress total = Progress.NONE;
		Map<Long, Progress> byTask = new HashMap<>();
		for (PriorityTask task : tasks) {
			List<TaskProgress> ofTask = entries.getOrDefault(task.getId(), List.of());
			long done = ofTask.stream().filter((e) -> e.getKind() == TaskProgress.Kind.DONE).count();
			Progress progress = new Progress(done, ofTask.size() - done);
			byTask.put(task.getId(), progress);
			total = total.plus(progress);
		}
		return new PriorityPage(presidency, priority, tasks, entries, byTask, total,
				this.repository.findWorkingGroups(priority.getId()),
				this.repository.findEvents(priority.getId(), PAGE_EVENTS),
				this.repository.countEvents(priority.getId()), this.repository.findProjects(priority.getId()));
	}

}
