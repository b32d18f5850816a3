package se.regionrum.platform.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerMapping;

import se.regionrum.platform.LargeUploads;
import se.regionrum.platform.PublicPaths;
import se.regionrum.platform.web.ErrorPages;

/**
 * Two filter chains: the REST API is stateless with HTTP Basic (no cookies: a page's session does
 * not sign in an API request, so no CSRF token is needed, also not for the API writes that modules
 * open to anyone); the pages use a session, form login (and OIDC when configured) with CSRF on.
 * What anonymous visitors may reach is declared by each module as {@link PublicPaths}; finer rules
 * (published or not, whose data a user may change) are checked in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: https:; connect-src 'self'; font-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** The platform's own public pages; each module declares its own in a {@link PublicPaths} bean. */
	static final List<String> PLATFORM_PAGES = List.of("/", "/accessibility", "/accessibility/**", "/api-reference",
			"/login", "/error");

	static final List<String> PLATFORM_FORMS = List.of("/accessibility/report");

	static final String[] STATIC = { "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
			"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
			"/swagger-ui/**" };

	private static UploadLimitFilter uploadLimit(DataSize ordinary, List<LargeUploads> largeUploads) {
		return new UploadLimitFilter(ordinary.toBytes(),
				largeUploads.stream().flatMap(l -> l.patterns().stream()).toList());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The password check for the sign-in form and HTTP Basic alike, behind the throttle. The only
	 * password authentication there is: the accounts are not a UserDetailsService bean, so Spring
	 * Security builds no second, unthrottled one.
	 */
	@Bean
	AuthenticationProvider passwordSignIn(UserAccountRepository accounts, PasswordEncoder encoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new AccountDetailsService(accounts));
		passwords.setPasswordEncoder(encoder);
		return new ThrottledSignIn(passwords, throttle);
	}

	/**
	 * Spring Security's publisher maps failures to events by exact class; without this a refusal
	 * by the throttle would publish nothing and so escape the audit log.
	 */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
		DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
		publisher.setAdditionalExceptionMappings(
				Map.of(SignInThrottledException.class, AuthenticationFailureLockedEvent.class));
		return publisher;
	}

	@Bean
	Endpoints endpoints(@Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers) {
		return new Endpoints(controllers);
	}

	/**
	 * Why an API request without (good) credentials is refused, as a problem: 429 with Retry-After
	 * while the throttle holds, 404 for an address no endpoint has, otherwise 401.
	 */
	private static AuthenticationEntryPoint apiEntryPoint(Endpoints endpoints) {
		return (request, response, failure) -> {
			if (failure instanceof SignInThrottledException throttled) {
				long seconds = (throttled.retryAfter().toMillis() + 999) / 1000;
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
				ErrorPages.send(request, response, HttpStatus.TOO_MANY_REQUESTS, "login.throttled");
			}
			else if (failure instanceof InsufficientAuthenticationException && !endpoints.exist(request)) {
				response.sendError(HttpStatus.NOT_FOUND.value());
			}
			else {
				response.sendError(HttpStatus.UNAUTHORIZED.value());
			}
		};
	}

	/** Pages that exist ask for sign-in; a mistyped address gets the "not found" page. */
	private static AuthenticationEntryPoint pageEntryPoint(Endpoints endpoints) {
		AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, failure) -> {
			if (endpoints.exist(request)) {
				signIn.commence(request, response, failure);
			}
			else {
				response.sendError(HttpStatus.NOT_FOUND.value());
			}
		};
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, List<PublicPaths> modules, List<LargeUploads> largeUploads,
			Endpoints endpoints,
			@Value("${regionrum.uploads.ordinary-max-size:20MB}") DataSize ordinaryUpload) throws Exception {
		String[] publicApi = modules.stream().flatMap(m -> m.api().stream()).toArray(String[]::new);
		List<PublicPaths.ApiWrite> publicWrites = modules.stream().flatMap(m -> m.apiWrites().stream()).toList();
		http.securityMatcher("/api/**").authorizeHttpRequests(auth -> {
			auth.requestMatchers(HttpMethod.GET, publicApi).permitAll();
			for (PublicPaths.ApiWrite write : publicWrites) {
				auth.requestMatchers(write.method(), write.pattern()).permitAll();
			}
			auth.anyRequest().authenticated();
		})
			.httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint(endpoints)))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(apiEntryPoint(endpoints)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.addFilterAfter(uploadLimit(ordinaryUpload, largeUploads), BasicAuthenticationFilter.class)
			.addFilterBefore(PasswordChangeRequiredFilter.forApi(), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, UserAccountRepository accounts,
			ObjectProvider<ClientRegistrationRepository> oidcClients, List<PublicPaths> modules,
			List<LargeUploads> largeUploads, Endpoints endpoints,
			@Value("${regionrum.uploads.ordinary-max-size:20MB}") DataSize ordinaryUpload) throws Exception {
		String[] publicPages = Stream.concat(PLATFORM_PAGES.stream(), modules.stream().flatMap(m -> m.pages().stream()))
			.toArray(String[]::new);
		String[] publicForms = Stream.concat(PLATFORM_FORMS.stream(), modules.stream().flatMap(m -> m.forms().stream()))
			.toArray(String[]::new);
		http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
			// the error page of a request that was refused or failed, whatever its method
			.permitAll()
			.requestMatchers(STATIC)
			.permitAll()
			.requestMatchers(HttpMethod.GET, publicPages)
			.permitAll()
			.requestMatchers(HttpMethod.POST, publicForms)
			.permitAll()
			.requestMatchers("/admin/**", "/boundaries/**", "/organisations/import")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll().failureHandler(signInFailure()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(pageEntryPoint(endpoints)))
			.requestCache(cache -> cache.requestCache(signInReturnsTo(endpoints)))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.addFilterBefore(PasswordChangeRequiredFilter.forPages(), AuthorizationFilter.class)
			// before the CSRF check, which reads parameters and so would make the container spool the body
			.addFilterBefore(uploadLimit(ordinaryUpload, largeUploads), CsrfFilter.class);
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcAccountService(accounts))));
		}
		return http.build();
	}

	/**
	 * The page to return to after signing in: an existing page asked for with GET, not a mistyped
	 * address (which gets "not found" and so must not open a session either) nor a script's call.
	 */
	private static RequestCache signInReturnsTo(Endpoints endpoints) {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod())
				&& !"XMLHttpRequest".equals(request.getHeader("X-Requested-With")) && endpoints.exist(request));
		return cache;
	}

	/** The sign-in page says "wrong name or password", or, while the throttle holds, "too many attempts". */
	private static AuthenticationFailureHandler signInFailure() {
		ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
		failure.setDefaultFailureUrl("/login?error");
		failure.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), "/login?throttled"));
		return failure;
	}

}
