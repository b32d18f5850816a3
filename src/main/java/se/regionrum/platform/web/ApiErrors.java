package se.regionrum.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.regionrum.platform.ConflictException;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.InvalidInputException;

/**
 * Errors of the REST API as RFC 9457 problem details, with messages in the caller's language
 * (Accept-Language; Swedish by default) and the field or row they concern. Ordered before Spring
 * Boot's problem-details handler, which would otherwise answer validation errors without fields.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	private final ErrorTexts texts;

	ApiErrors(MessageSource messages, ErrorTexts texts) {
		this.messages = messages;
		this.texts = texts;
	}

	/**
	 * Spring's own problems (unreadable JSON, a path variable of the wrong type, an unsupported
	 * media type …) carry English developer text such as "Failed to convert 'id'"; callers get the
	 * status's title and explanation in their language instead.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			Locale locale = LocaleContextHolder.getLocale();
			problem.setTitle(texts.title(statusCode, locale));
			problem.setDetail(texts.detail(statusCode, true, locale));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	record FieldError(String field, String message) {
	}

	record RowError(int row, String column, String message) {
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("validation.failed", null, locale));
		problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
			.map(error -> new FieldError(error.getField(), messages.getMessage(error, locale)))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex, Locale locale) {
		String message = messages.getMessage(ex.messageKey(), null, ex.messageKey(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		problem.setProperty("errors", List.of(new FieldError(ex.field(), message)));
		return problem;
	}

	@ExceptionHandler(ImportRejectedException.class)
	ProblemDetail rejected(ImportRejectedException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("import.rejected", null, locale));
		problem.setProperty("errors", ex.problems().stream().map(p -> toRowError(p, locale)).toList());
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("validation.conflict", null, locale));
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(ex.messageKey(), null, ex.messageKey(), locale));
	}

	private RowError toRowError(ImportProblem problem, Locale locale) {
		return new RowError(problem.row(), problem.column(),
				messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale));
	}

}
