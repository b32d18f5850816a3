package se.regionrum.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 "starting" (with Retry-After) until the application is ready. Spring Boot starts
 * the web server before the start-up work (first administrator, demo data) has run, and reports
 * ready only after it; without this gate the first visitors would see empty lists and feeds.
 * The health endpoints stay open, so that {@code /actuator/health/readiness} can say "not yet".
 */
@Component
class StartupGate extends OncePerRequestFilter implements Ordered {

	static final String RETRY_AFTER_SECONDS = "5";

	private final ApplicationAvailability availability;

	StartupGate(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	public int getOrder() {
		// before Spring Security and everything else that could read the database
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
				|| request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		ErrorPages.send(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.503.text");
	}

}
