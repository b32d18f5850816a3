package se.regionrum.indicators.flow;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.regionrum.indicators.Area;
import se.regionrum.indicators.AreaKind;
import se.regionrum.indicators.Areas;
import se.regionrum.indicators.Gender;

/**
 * How the codes of SCB's commuting tables become ours.
 * <ul>
 * <li>A 4-digit municipality code ("2080", or "2080 Falun" as PxWeb's "code and text" writes it) stays as it is.</li>
 * <li>A 2-digit county code ("20", "20 Dalarnas län") becomes the region's code "0020"; "0020" is taken as it is.</li>
 * <li>Norway: "NO", "NOR", "Norge", "Norway" (any case, also with a text after the code) become "NO".</li>
 * <li>A bare name of a known area ("Falun", "Dalarnas län") is taken by its name.</li>
 * </ul>
 * Anything else is unknown and the file is rejected. Kön: 1 män, 2 kvinnor, 1+2 totalt (SCB's codes),
 * the words themselves, or T/K/M.
 */
final class FlowCodes {

	private static final Pattern DIGITS = Pattern.compile("^(\\d+)(?:\\s+.*)?$", Pattern.DOTALL);

	private static final Set<String> NORWAY = Set.of("no", "nor", "norge", "norway");

	private final Areas areas;

	private final Map<String, String> byName = new HashMap<>();

	FlowCodes(Areas areas) {
		this.areas = areas;
		for (Area a : areas.all()) {
			byName.putIfAbsent(fold(a.name()), a.code());
		}
	}

	/** Our area code for a cell of a Bostadskommun or Arbetsställekommun column, or null when unknown. */
	String area(String cell) {
		String text = cell == null ? "" : cell.strip();
		if (text.isEmpty()) {
			return null;
		}
		Matcher m = DIGITS.matcher(text);
		if (m.matches()) {
			String digits = m.group(1);
			String code = switch (digits.length()) {
				case 2 -> Area.regionCode(digits);
				case 4 -> digits;
				default -> null;
			};
			return code != null && areas.find(code).filter(a -> a.kind() != AreaKind.COUNTRY).isPresent() ? code : null;
		}
		String first = text.split("\\s+", 2)[0];
		if (NORWAY.contains(fold(first)) || NORWAY.contains(fold(text))) {
			return "NO";
		}
		String named = byName.get(fold(text));
		return named != null && !named.equals(Area.COUNTRY) ? named : null;
	}

	/** The gender of a Kön cell (code, "code text", or text), or null when it is none. */
	static Gender gender(String cell) {
		String text = fold(cell == null ? "" : cell);
		if (text.isEmpty()) {
			return null;
		}
		if (text.startsWith("man och kvinnor") || text.startsWith("kvinnor och man")) {
			return Gender.T;
		}
		String first = text.split("\\s+", 2)[0];
		return switch (first) {
			case "1+2", "totalt", "total", "samtliga", "t" -> Gender.T;
			case "1", "man", "men", "male", "m" -> Gender.M;
			case "2", "kvinnor", "kvinna", "women", "female", "k" -> Gender.K;
			default -> null;
		};
	}

	/** Lower case without diacritics, inner spaces collapsed: "Män" and "man", "Kön" and "kon" compare alike. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

}
