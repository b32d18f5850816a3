package se.regionrum.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the REST API is stateless with HTTP Basic (no cookies, so no CSRF token
 * needed); the pages use a session, form login (and OIDC when configured) with CSRF on.
 * Read access that anonymous visitors have is listed here; finer rules (whose data a user may
 * change) are checked in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: https:; connect-src 'self'; font-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String[] PUBLIC_PAGES = { "/", "/accessibility", "/accessibility/**", "/login", "/error",
			"/organisations", "/organisations/{id:\\d+}", "/organisations/export.csv", "/map", "/boundaries.geojson",
			"/municipalities.geojson", "/initiatives", "/initiatives/{id:\\d+}", "/initiatives/map",
			"/initiatives/map.geojson", "/initiatives/export.csv", "/initiatives/export.geojson", "/initiatives/statistics",
			"/coverage", "/obstacles", "/municipalities/{id:\\d+}", "/establishments", "/establishments/{id:\\d+}",
			"/meetings", "/meetings/{id:\\d+}", "/meetings/*.ics", "/series", "/series/{id:\\d+}", "/series/*.ics",
			"/calendar.ics", "/registrations/*", "/p", "/p/*", "/s/*" };

	/** Forms anyone may post (with a CSRF token): registration and cancellation by personal link. */
	static final String[] PUBLIC_FORMS = { "/meetings/{id:\\d+}/register", "/series/{id:\\d+}/register",
			"/registrations/*/cancel", "/p/*", "/s/*" };

	static final String[] PUBLIC_API = { "/api/v1/organisations", "/api/v1/organisations/*",
			"/api/v1/boundaries", "/api/v1/municipalities", "/api/v1/initiatives", "/api/v1/initiatives/**",
			"/api/v1/obstacles/**", "/api/v1/funding/**", "/api/v1/coverage", "/api/v1/municipality-overviews/*",
			"/api/v1/establishments", "/api/v1/establishments/**", "/api/v1/meetings", "/api/v1/meetings/*",
			"/api/v1/series", "/api/v1/series/*" };

	static final String[] STATIC = { "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
			"/actuator/health", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, PUBLIC_API)
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, UserAccountRepository accounts,
			ObjectProvider<ClientRegistrationRepository> oidcClients) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers(STATIC)
			.permitAll()
			.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(HttpMethod.POST, PUBLIC_FORMS)
			.permitAll()
			.requestMatchers("/admin/**", "/boundaries/**", "/organisations/import")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/?loggedOut"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcAccountService(accounts))));
		}
		return http.build();
	}

}
