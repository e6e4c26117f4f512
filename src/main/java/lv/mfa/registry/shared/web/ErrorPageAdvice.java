package lv.mfa.registry.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import lv.mfa.registry.shared.NotFoundException;

/**
 * Unknown records and malformed parameters get a real page in the visitor's language,
 * never a stack trace. Other errors reach Boot's error page
 * ({@code templates/error.html}).
 */
@ControllerAdvice
class ErrorPageAdvice {

	private static final Logger logger = LoggerFactory.getLogger(ErrorPageAdvice.class);

	static final int RETRY_AFTER_SECONDS = 30;

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/**
	 * The database does not answer (the pool gave up waiting for a connection): a page
	 * that says so with 503 and when to try again, instead of the general error. Nothing
	 * of a form was saved; the page says so, and the browser's Back button still holds
	 * what was typed.
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessResourceException.class, JDBCConnectionException.class })
	ModelAndView databaseUnavailable(HttpServletRequest request, HttpServletResponse response, Exception ex) {
		logger.warn("The database does not answer ({} {}): {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		ModelAndView page = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("sent", !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()));
		return page;
	}

	/**
	 * Someone else changed or deleted the record between reading and saving it (two tabs,
	 * a double click, publishing while another deletes). A form's save is answered by
	 * shared.form.EditorFlow with the form and what was typed; everywhere else (publish,
	 * withdraw, delete, restore) the first change is kept and the second gets this page,
	 * not a 500.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, OptimisticLockException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(HttpServletRequest request) {
		logger.info("Concurrent change refused: {} {}", request.getMethod(), request.getRequestURI());
		return "error/409";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badParameter() {
		return "error/4xx";
	}

}
