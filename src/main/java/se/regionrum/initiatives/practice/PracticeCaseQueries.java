package se.regionrum.initiatives.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.initiatives.PracticeCase;

/** The practice cases: initiatives flagged as such, with their stories, themes and removed obstacles. */
@Repository
class PracticeCaseQueries {

	private final JdbcClient jdbc;

	PracticeCaseQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of all practice cases, by title. */
	List<Long> ids(boolean publishedOnly) {
		String sql = "select id from initiative where practice_case = true"
				+ (publishedOnly ? " and published = true" : "") + " order by title, id";
		return jdbc.sql(sql).query(Long.class).list();
	}

	/** The initiative's id if it is a practice case. */
	List<Long> ids(long initiativeId, boolean publishedOnly) {
		String sql = "select id from initiative where id = ? and practice_case = true"
				+ (publishedOnly ? " and published = true" : "");
		return jdbc.sql(sql).param(initiativeId).query(Long.class).list();
	}

	/** The municipalities (organisation ids) of the given initiatives, by initiative id. */
	Map<Long, List<Long>> municipalities(List<Long> ids) {
		Map<Long, List<Long>> municipalities = new LinkedHashMap<>();
		jdbc.sql("select initiative, organisation_id from initiative_municipality where initiative in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				municipalities.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		return municipalities;
	}

	/** The cases of the given ids, in their order, with their municipalities named by {@code names}. */
	List<PracticeCase> cases(List<Long> ids, Map<Long, List<Long>> municipalities, Map<Long, String> names) {
		Map<Long, List<String>> themes = new LinkedHashMap<>();
		Map<Long, List<String>> removed = new LinkedHashMap<>();
		jdbc.sql("select initiative, theme from initiative_theme where initiative in (:ids) order by theme")
			.param("ids", ids)
			.query(rs -> {
				themes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		jdbc.sql("""
				select initiative_id, title from obstacle where initiative_id in (:ids) and status = 'REMOVED'
				order by removed_on, id""")
			.param("ids", ids)
			.query(rs -> {
				removed.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, PracticeCase> byId = new LinkedHashMap<>();
		jdbc.sql("""
				select i.id, i.title, i.description, i.owner_organisation_id, i.published, s.challenge, s.actions,
				       s.participants, s.obstacles, s.results, s.lessons
				from initiative i left join practice_story s on s.initiative_id = i.id
				where i.id in (:ids)""")
			.param("ids", ids)
			.query(rs -> {
				long id = rs.getLong(1);
				List<String> places = municipalities.getOrDefault(id, List.of()).stream()
					.map(m -> names.getOrDefault(m, "?"))
					.sorted()
					.toList();
				byId.put(id, new PracticeCase(id, rs.getString(2), rs.getString(3), rs.getLong(4), rs.getBoolean(5),
						places, themes.getOrDefault(id, List.of()), rs.getString(6), rs.getString(7), rs.getString(8),
						rs.getString(9), rs.getString(10), rs.getString(11), removed.getOrDefault(id, List.of())));
			});
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

}
