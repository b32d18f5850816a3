package se.regionrum.platform.security;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.unit.DataSize;

import se.regionrum.platform.LargeUploads;
import se.regionrum.platform.PublicPaths;

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
	static final List<String> PLATFORM_PAGES = List.of("/", "/accessibility", "/accessibility/**", "/login", "/error");

	static final List<String> PLATFORM_FORMS = List.of("/accessibility/report");

	static final String[] STATIC = { "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
			"/actuator/health", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	private static UploadLimitFilter uploadLimit(DataSize ordinary, List<LargeUploads> largeUploads) {
		return new UploadLimitFilter(ordinary.toBytes(),
				largeUploads.stream().flatMap(l -> l.patterns().stream()).toList());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, List<PublicPaths> modules, List<LargeUploads> largeUploads,
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
			.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.addFilterAfter(uploadLimit(ordinaryUpload, largeUploads), BasicAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, UserAccountRepository accounts,
			ObjectProvider<ClientRegistrationRepository> oidcClients, List<PublicPaths> modules,
			List<LargeUploads> largeUploads,
			@Value("${regionrum.uploads.ordinary-max-size:20MB}") DataSize ordinaryUpload) throws Exception {
		String[] publicPages = Stream.concat(PLATFORM_PAGES.stream(), modules.stream().flatMap(m -> m.pages().stream()))
			.toArray(String[]::new);
		String[] publicForms = Stream.concat(PLATFORM_FORMS.stream(), modules.stream().flatMap(m -> m.forms().stream()))
			.toArray(String[]::new);
		http.authorizeHttpRequests(auth -> auth.requestMatchers(STATIC)
			.permitAll()
			.requestMatchers(HttpMethod.GET, publicPages)
			.permitAll()
			.requestMatchers(HttpMethod.POST, publicForms)
			.permitAll()
			.requestMatchers("/admin/**", "/boundaries/**", "/organisations/import")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
			// before the CSRF check, which reads parameters and so would make the container spool the body
			.addFilterBefore(uploadLimit(ordinaryUpload, largeUploads), CsrfFilter.class);
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcAccountService(accounts))));
		}
		return http.build();
	}

}
