package se.regionrum.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Swedish first: the language is Swedish until the visitor picks English (?lang=en, kept in a
 * cookie). API callers, which keep no cookie, may ask for English with Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	static final Locale ENGLISH = Locale.forLanguageTag("en");

	/** An API request, also when its error is being rendered (then the request URI is /error). */
	private static boolean isApi(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String failed ? failed : request.getRequestURI();
		return uri.startsWith(request.getContextPath() + "/api/");
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("regionrum-lang");
		resolver.setDefaultLocale(SWEDISH);
		resolver.setDefaultLocaleFunction(request -> isApi(request) && request.getHeader("Accept-Language") != null
				&& ENGLISH.getLanguage().equals(request.getLocale().getLanguage()) ? ENGLISH : SWEDISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setRejectInvalidCookies(true);
		return resolver;
	}

	/**
	 * Spring MVC looks for flash attributes in the session on every request it dispatches, static
	 * files included; with sessions in the database that is a read and a write for each file a page
	 * loads. Static files never take flash attributes, so their requests do not look.
	 */
	@Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new SessionFlashMapManager() {
			@Override
			protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
				return isStaticFile(request) ? null : super.retrieveFlashMaps(request);
			}
		};
	}

	private static boolean isStaticFile(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
