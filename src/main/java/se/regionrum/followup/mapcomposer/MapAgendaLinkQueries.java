package se.regionrum.followup.mapcomposer;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which compositions are shown at which agenda items of meetings (table {@code map_agenda_link}). */
@Repository
class MapAgendaLinkQueries {

	private final JdbcClient jdbc;

	MapAgendaLinkQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> itemsOf(long compositionId) {
		return jdbc.sql("select agenda_item_id from map_agenda_link where composition_id = ? order by agenda_item_id")
			.param(compositionId)
			.query(Long.class)
			.list();
	}

	/** Pairs of agenda item id and composition id for the given items. */
	List<long[]> compositionsOf(Collection<Long> agendaItemIds) {
		if (agendaItemIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select agenda_item_id, composition_id from map_agenda_link where agenda_item_id in (:ids) "
				+ "order by agenda_item_id, composition_id")
			.param("ids", agendaItemIds)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

	boolean add(long compositionId, long agendaItemId) {
		if (jdbc.sql("select count(*) from map_agenda_link where composition_id = ? and agenda_item_id = ?")
			.params(compositionId, agendaItemId).query(Long.class).single() > 0) {
			return false;
		}
		jdbc.sql("insert into map_agenda_link (composition_id, agenda_item_id) values (?, ?)")
			.params(compositionId, agendaItemId)
			.update();
		return true;
	}

	boolean remove(long compositionId, long agendaItemId) {
		return jdbc.sql("delete from map_agenda_link where composition_id = ? and agenda_item_id = ?")
			.params(compositionId, agendaItemId)
			.update() > 0;
	}

}
