package lv.mfa.registry.dataset.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload larger than the server takes at all is refused before any controller sees it:
 * back to the import page with a message, not an error page.
 */
@ControllerAdvice
class UploadLimits {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request) {
		// The redirect view saves the output flash map.
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("message", "admin.import.request-too-large");
		return "redirect:/admin/import";
	}

}
