package se.regionrum.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API reference as an ordinary page of ours, which meets WCAG 2.1 AA as the rest does: every
 * operation of /api with what it does and whether it needs an account, read from the same
 * annotations the OpenAPI document is made from. It links the OpenAPI document and Swagger UI,
 * which is not fully accessible (named in the accessibility statement).
 */
@Controller
class ApiReferenceController {

	/** One operation: method, path (variables without their patterns), summary, account needed. */
	record ApiOperation(String method, String path, String summary, boolean signInNeeded) {
	}

	private final RequestMappingHandlerMapping controllers;

	private volatile Map<String, List<ApiOperation>> byTag;

	ApiReferenceController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers) {
		this.controllers = controllers;
	}

	@GetMapping("/api-reference")
	String reference(Model model) {
		model.addAttribute("operationsByTag", operationsByTag());
		return "platform/api-reference";
	}

	private Map<String, List<ApiOperation>> operationsByTag() {
		Map<String, List<ApiOperation>> result = byTag;
		if (result == null) {
			result = collect();
			byTag = result;
		}
		return result;
	}

	private Map<String, List<ApiOperation>> collect() {
		record Tagged(String tag, ApiOperation operation) {
		}
		List<Tagged> all = new ArrayList<>();
		controllers.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : patterns(info)) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				Operation operation = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Operation.class);
				if (operation != null && operation.hidden()) {
					continue;
				}
				for (String method : methods(info)) {
					all.add(new Tagged(tag(handler), new ApiOperation(method, withoutPatterns(pattern),
							operation == null ? "" : operation.summary(), !isPublic(handler))));
				}
			}
		});
		Map<String, List<ApiOperation>> grouped = new LinkedHashMap<>();
		all.stream()
			.sorted(Comparator.comparing(Tagged::tag)
				.thenComparing(t -> t.operation().path())
				.thenComparing(t -> methodOrder(t.operation().method())))
			.forEach(t -> grouped.computeIfAbsent(t.tag(), k -> new ArrayList<>()).add(t.operation()));
		return grouped;
	}

	private static List<String> patterns(RequestMappingInfo info) {
		return info.getPathPatternsCondition() != null ? List.copyOf(info.getPathPatternsCondition().getPatternValues())
				: List.copyOf(info.getPatternValues());
	}

	private static List<String> methods(RequestMappingInfo info) {
		List<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted().toList();
		return methods.isEmpty() ? List.of("GET") : methods;
	}

	private static int methodOrder(String method) {
		int index = List.of("GET", "POST", "PUT", "PATCH", "DELETE").indexOf(method);
		return index < 0 ? 99 : index;
	}

	private static String tag(HandlerMethod handler) {
		Tag tag = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Tag.class);
		return tag == null ? "API" : tag.name();
	}

	/** As in the OpenAPI document: an empty {@code @SecurityRequirements} marks an operation open to anyone. */
	private static boolean isPublic(HandlerMethod handler) {
		SecurityRequirements requirements = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
				SecurityRequirements.class);
		if (requirements == null) {
			requirements = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), SecurityRequirements.class);
		}
		return requirements != null && requirements.value().length == 0;
	}

	/** {@code /registrations/{token:[0-9a-f]{32}}} reads {@code /registrations/{token}}. */
	static String withoutPatterns(String pattern) {
		StringBuilder out = new StringBuilder();
		int depth = 0;
		boolean skipping = false;
		for (char c : pattern.toCharArray()) {
			if (c == '{') {
				depth++;
				if (depth == 1) {
					out.append(c);
				}
				continue;
			}
			if (c == '}') {
				depth--;
				if (depth == 0) {
					skipping = false;
					out.append(c);
				}
				continue;
			}
			if (depth == 1 && c == ':') {
				skipping = true;
			}
			if (depth == 0 || !skipping) {
				out.append(c);
			}
		}
		return out.toString();
	}

}
