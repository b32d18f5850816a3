package se.regionrum.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where every error ends: Spring's {@code /error}, reached by {@code sendError} and by exceptions
 * no handler caught, also from filters. The REST API gets RFC 9457 problem details
 * ({@code application/problem+json}), whatever the caller accepts; pages get the app's error page
 * in the visitor's language. Nobody sees Spring's whitelabel page or exception text.
 * <p>
 * A filter that refuses a request says why with {@link #send}: the message key (and its
 * arguments) travel with the request to this controller.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
public class ErrorPages implements ErrorController {

	static final String MESSAGE = ErrorPages.class.getName() + ".message";

	static final String ARGUMENTS = ErrorPages.class.getName() + ".arguments";

	private final ErrorTexts texts;

	private final DataSize largeUploadLimit;

	ErrorPages(ErrorTexts texts, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize largeUploadLimit) {
		this.texts = texts;
		this.largeUploadLimit = largeUploadLimit;
	}

	/**
	 * Ends the request with an error page (or, under {@code /api/}, a problem) whose text is the
	 * message {@code messageKey} rather than the status's general one.
	 */
	public static void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String messageKey, Object... arguments) throws IOException {
		request.setAttribute(MESSAGE, messageKey);
		request.setAttribute(ARGUMENTS, arguments);
		response.sendError(status.value());
	}

	/** Upload limits read as people write them: "20 MB", not "20971520B". */
	public static String sizeText(long bytes) {
		long kb = 1024;
		long mb = kb * 1024;
		long gb = mb * 1024;
		if (bytes >= gb && bytes % gb == 0) {
			return bytes / gb + " GB";
		}
		if (bytes >= mb) {
			return (bytes % mb == 0 ? String.valueOf(bytes / mb) : String.format(Locale.ROOT, "%.1f", bytes / (double) mb))
					+ " MB";
		}
		if (bytes >= kb) {
			return bytes / kb + " kB";
		}
		return bytes + " B";
	}

	/** Any method: the error dispatch keeps the method of the request that failed. */
	@RequestMapping
	Object error(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		String path = originalPath(request);
		boolean api = path.startsWith("/api/");
		String title = texts.title(status, locale);
		String detail;
		if (request.getAttribute(MESSAGE) instanceof String key) {
			detail = texts.message(key, request.getAttribute(ARGUMENTS) instanceof Object[] given ? given : null, locale);
		}
		else if (status == HttpStatus.CONTENT_TOO_LARGE) {
			// refused by the container's multipart limit, which only the large-upload paths reach
			detail = texts.detail(status, api, locale, sizeText(largeUploadLimit.toBytes()));
		}
		else {
			detail = texts.detail(status, api, locale);
		}
		if (api) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(title);
			try {
				problem.setInstance(URI.create(path));
			}
			catch (IllegalArgumentException notAUri) {
				// a path the container let through but java.net.URI refuses: the problem goes without it
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/error", Map.of("errorTitle", title, "errorText", detail), status);
		page.addObject("otherLanguageUrl", otherLanguageUrl(request, path, locale));
		page.addObject("currentPath", path);
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String originalPath(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String value ? value : request.getRequestURI();
		return path.substring(Math.min(request.getContextPath().length(), path.length()));
	}

	/** The failed page in the other language, not {@code /error?lang=…}, which shows nothing. */
	private static String otherLanguageUrl(HttpServletRequest request, String path, Locale locale) {
		String other = "en".equals(locale.getLanguage()) ? "sv" : "en";
		return request.getContextPath() + path + "?lang=" + other;
	}

}
