package se.regionrum.platform.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A form of a rendered page, filled as a browser would submit it (its inputs' values, checked
 * boxes, selected options), so that a test changes only the fields it is about.
 */
public final class FormPage {

	private final Element form;

	private final Map<String, List<String>> values = new LinkedHashMap<>();

	private FormPage(Element form) {
		this.form = form;
		for (Element field : form.select("input[name], select[name], textarea[name]")) {
			if (field.hasAttr("disabled")) {
				continue;
			}
			String name = field.attr("name");
			switch (field.tagName()) {
				case "select" -> {
					List<Element> selected = field.select("option[selected]");
					if (selected.isEmpty() && !field.hasAttr("multiple") && !field.select("option").isEmpty()) {
						selected = List.of(field.selectFirst("option"));
					}
					selected.forEach(o -> add(name, o.hasAttr("value") ? o.attr("value") : o.text()));
					values.putIfAbsent(name, new ArrayList<>());
				}
				case "textarea" -> add(name, field.wholeText());
				default -> {
					String type = field.attr("type").toLowerCase();
					if (type.equals("submit") || type.equals("button") || type.equals("file") || name.equals("_csrf")) {
						continue;
					}
					if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
						values.putIfAbsent(name, new ArrayList<>());
						continue;
					}
					add(name, field.hasAttr("value") ? field.attr("value") : (type.equals("checkbox") ? "on" : ""));
				}
			}
		}
	}

	/** The first form on the page that matches the CSS selector. */
	public static FormPage of(String html, String selector) {
		Element form = Jsoup.parse(html).selectFirst(selector);
		if (form == null) {
			throw new AssertionError("No form " + selector + " in the page:\n" + html);
		}
		return new FormPage(form);
	}

	public static Document parse(String html) {
		return Jsoup.parse(html);
	}

	private void add(String name, String value) {
		values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
	}

	/** Sets a field to these values (none: as an unticked box or empty selection sends nothing). */
	public FormPage set(String name, String... newValues) {
		values.put(name, new ArrayList<>(List.of(newValues)));
		return this;
	}

	/** Empties every text field and text area, as a user who sends the form without filling it in. */
	public FormPage clearTexts() {
		for (Element field : form.select("input[name], textarea[name]")) {
			String type = field.attr("type").toLowerCase();
			if (field.tagName().equals("textarea")
					|| List.of("", "text", "email", "url", "tel", "number", "date", "time", "search").contains(type)) {
				values.put(field.attr("name"), new ArrayList<>(List.of("")));
			}
		}
		return this;
	}

	/** Puts text that is not a number in every number field and text that is no address in every e-mail field. */
	public FormPage spoilNumbersAndEmails() {
		for (Element field : form.select("input[inputmode=decimal], input[inputmode=numeric], input[type=email]")) {
			values.put(field.attr("name"), new ArrayList<>(List.of("x")));
		}
		return this;
	}

	public String value(String name) {
		List<String> list = values.get(name);
		return list == null || list.isEmpty() ? null : list.get(0);
	}

	/** The request the form sends (POST with a CSRF token, or GET), to its action or the given path. */
	public MockHttpServletRequestBuilder request(String path) {
		boolean post = "post".equalsIgnoreCase(form.attr("method"));
		String action = path != null ? path : form.attr("action");
		MockHttpServletRequestBuilder request = post ? MockMvcRequestBuilders.post(action).with(csrf())
				: MockMvcRequestBuilders.get(action);
		values.forEach((name, list) -> list.forEach(v -> request.param(name, v)));
		return request;
	}

	public MockHttpServletRequestBuilder request() {
		return request(null);
	}

}
