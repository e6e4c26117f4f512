package lv.mfa.registry.dataset.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lv.mfa.registry.dataset.admin.PendingImports.Kind;
import lv.mfa.registry.dataset.admin.PendingImports.Pending;
import lv.mfa.registry.dataset.admin.PendingImports.UploadedFile;
import lv.mfa.registry.priority.PriorityChoices;
import lv.mfa.registry.shared.NotFoundException;

/**
 * The import page for coordinators: upload data files or a spreadsheet of progress
 * entries, see what would be created or every problem, and only then import.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
@RequestMapping("/admin/import")
class ImportController {

	private final PendingImports pending;

	private final DataImports imports;

	private final PriorityChoices priorities;

	private final MessageSource messages;

	private final int maxFiles;

	private final long maxFileBytes;

	ImportController(PendingImports pending, DataImports imports, PriorityChoices priorities, MessageSource messages,
			@Value("${registry.import.max-files:20}") int maxFiles,
			@Value("${registry.import.max-file-bytes:5242880}") long maxFileBytes) {
		this.pending = pending;
		this.imports = imports;
		this.priorities = priorities;
		this.messages = messages;
		this.maxFiles = maxFiles;
		this.maxFileBytes = maxFileBytes;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("priorities", this.priorities.findAllWithPresidency());
		model.addAttribute("maxFiles", this.maxFiles);
		model.addAttribute("maxFileMegabytes", Math.max(1, this.maxFileBytes / (1024 * 1024)));
		return "admin/import/page";
	}

	@PostMapping("/dataset")
	String uploadDataset(@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal principal,
			Locale locale, RedirectAttributes redirect) throws IOException {
		List<String> errors = new ArrayList<>();
		List<UploadedFile> uploaded = check(files, List.of(".yaml", ".yml"), this.maxFiles, locale, errors);
		if (!errors.isEmpty()) {
			redirect.addFlashAttribute("uploadErrors", errors);
			return "redirect:/admin/import";
		}
		return "redirect:/admin/import/" + this.pending.save(Kind.DATASET, principal.getName(), null, uploaded);
	}

	@PostMapping("/progress")
	String uploadProgress(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "priorityId", required = false) Long priorityId, Principal principal, Locale locale,
			RedirectAttributes redirect) throws IOException {
		List<String> errors = new ArrayList<>();
		if (priorityId == null || this.priorities.findAllWithPresidency()
			.stream()
			.noneMatch((priority) -> priority.getId().equals(priorityId))) {
			errors.add(message("admin.import.choose-priority", locale));
		}
		List<UploadedFile> uploaded = check((file != null) ? List.of(file) : List.of(), List.of(".csv", ".xlsx"), 1,
				locale, errors);
		if (!errors.isEmpty()) {
			redirect.addFlashAttribute("uploadErrors", errors);
			redirect.addFlashAttribute("priorityId", priorityId);
			return "redirect:/admin/import";
		}
		return "redirect:/admin/import/" + this.pending.save(Kind.PROGRESS, principal.getName(), priorityId, uploaded);
	}

	@GetMapping("/{id}")
	String preview(@PathVariable long id, Principal principal, Locale locale, Model model) {
		Pending upload = find(id, principal);
		model.addAttribute("importId", id);
		model.addAttribute("files", upload.files().stream().map(UploadedFile::name).toList());
		DataImports.Outcome outcome = this.imports.preview(upload, locale);
		model.addAttribute("ok", outcome.ok());
		model.addAttribute("problems", outcome.problems());
		model.addAttribute("records", outcome.records());
		model.addAttribute("counts", outcome.counts());
		return "admin/import/preview";
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
		Pending upload = find(id, principal);
		DataImports.Outcome outcome = this.imports.importNow(upload, locale);
		if (!outcome.ok()) {
			// The registry changed since the preview: show the problems now found.
			return "redirect:/admin/import/" + id;
		}
		this.pending.delete(id, principal.getName());
		redirect.addFlashAttribute("imported", outcome.counts());
		return "redirect:/admin/import";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.pending.delete(id, principal.getName());
		redirect.addFlashAttribute("message", "admin.import.cancelled");
		return "redirect:/admin/import";
	}

	private Pending find(long id, Principal principal) {
		return this.pending.find(id, principal.getName()).orElseThrow(() -> new NotFoundException("import " + id));
	}

	/** The files as uploaded, or the reasons they are refused (added to errors). */
	private List<UploadedFile> check(List<MultipartFile> files, List<String> endings, int most, Locale locale,
			List<String> errors) throws IOException {
		List<MultipartFile> given = (files != null) ? files.stream().filter((f) -> !f.isEmpty()).toList() : List.of();
		if (given.isEmpty()) {
			errors.add(message("admin.import.no-file", locale));
			return List.of();
		}
		if (given.size() > most) {
			errors.add(message("admin.import.too-many-files", locale, given.size(), most));
			return List.of();
		}
		List<UploadedFile> uploaded = new ArrayList<>();
		for (MultipartFile file : given) {
			String name = name(file);
			if (endings.stream().noneMatch((ending) -> name.toLowerCase(Locale.ROOT).endsWith(ending))) {
				errors.add(message("admin.import.wrong-type", locale, name, String.join(", ", endings)));
			}
			else if (file.getSize() > this.maxFileBytes) {
				errors.add(message("admin.import.too-large", locale, name, this.maxFileBytes / (1024 * 1024)));
			}
			else {
				uploaded.add(new UploadedFile(name, file.getBytes()));
			}
		}
		return uploaded;
	}

	/** The file's own name, without any folder a browser sent with it. */
	private static String name(MultipartFile file) {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		name = name.replaceAll("\\p{Cntrl}", "");
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "upload" : name;
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
