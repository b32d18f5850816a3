package se.regionrum.platform.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeanWrapperImpl;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.spring6.util.DetailedError;
import org.thymeleaf.spring6.util.FieldUtils;

/**
 * {@code #formErrors} in templates: the problems of the form object in the order of its fields
 * as the form class declares them (so a form class declares its fields in the order of the page),
 * the same every time, not in the order the validator happened to find them. Each field problem
 * links to the id that {@code th:field} gives the field's input; a checkbox, whose id th:field
 * numbers, needs an id of its own in the template. {@code ErrorSummaryWebTest} checks every form.
 */
public final class ErrorSummary {

	private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)|\\[([^\\]]*)\\]");

	private final IExpressionContext context;

	ErrorSummary(IExpressionContext context) {
		this.context = context;
	}

	/** One line of the summary: the link target (null for a problem of the whole form) and the message. */
	public record Item(String target, String message) {
	}

	/** The problems of the current {@code th:object}: the whole form's first, then by field. */
	public List<Item> items() {
		List<DetailedError> errors = FieldUtils.detailedErrors(context);
		Object form = context instanceof ITemplateContext t && t.hasSelectionTarget() ? t.getSelectionTarget() : null;
		Map<DetailedError, Place> places = new LinkedHashMap<>();
		for (DetailedError error : errors) {
			places.put(error, error.isGlobal() ? new Place(null, List.of()) : place(form, error.getFieldName()));
		}
		List<DetailedError> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.<DetailedError, Boolean>comparing(e -> !e.isGlobal())
			.thenComparing((a, b) -> compareKeys(places.get(a).key(), places.get(b).key()))
			.thenComparing(e -> String.valueOf(places.get(e).target()))
			.thenComparing(e -> String.valueOf(e.getMessage())));
		return sorted.stream().map(e -> new Item(places.get(e).target(), e.getMessage())).distinct().toList();
	}

	/** Where a problem's field is: the id to link to and its position among the form's fields. */
	record Place(String target, List<Comparable<?>> key) {
	}

	/**
	 * The place of a field path such as {@code colleagues[1].email}: each property's position among
	 * its class's declared fields, each list index as a number. An entry of a map (the shares per
	 * municipality) is shown by the map's own field, since a map's keys say nothing of the order on
	 * the page.
	 */
	static Place place(Object form, String path) {
		List<Comparable<?>> key = new ArrayList<>();
		Class<?> type = form == null ? null : form.getClass();
		BeanWrapperImpl wrapper = form == null ? null : new BeanWrapperImpl(form);
		StringBuilder walked = new StringBuilder();
		Matcher m = SEGMENT.matcher(path);
		while (m.find()) {
			if (m.group(1) != null) {
				int position = type == null ? -1 : declaredOrder(type).indexOf(m.group(1));
				key.add(position < 0 ? Integer.MAX_VALUE : position);
				walked.append(walked.isEmpty() ? "" : ".").append(m.group(1));
			}
			else if (type != null && Map.class.isAssignableFrom(type)) {
				return new Place(FieldUtils.idFromName(walked.toString()), key);
			}
			else {
				String index = m.group(2);
				key.add(index.matches("\\d{1,9}") ? Integer.parseInt(index) : Integer.MAX_VALUE);
				walked.append('[').append(index).append(']');
			}
			type = typeAt(wrapper, walked.toString());
		}
		return new Place(FieldUtils.idFromName(path), key);
	}

	private static Class<?> typeAt(BeanWrapperImpl wrapper, String path) {
		if (wrapper == null) {
			return null;
		}
		try {
			Object value = wrapper.getPropertyValue(path);
			return value == null ? null : value.getClass();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** Field names in declaration order, the class's own before its superclasses'. */
	static List<String> declaredOrder(Class<?> type) {
		List<String> names = new ArrayList<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			if (c.isRecord()) {
				for (RecordComponent component : c.getRecordComponents()) {
					names.add(component.getName());
				}
			}
			else {
				for (Field field : c.getDeclaredFields()) {
					if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
						names.add(field.getName());
					}
				}
			}
		}
		return names;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareKeys(List<Comparable<?>> a, List<Comparable<?>> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = ((Comparable) a.get(i)).compareTo(b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

}
