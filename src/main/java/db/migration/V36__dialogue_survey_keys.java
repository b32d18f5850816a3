package db.migration;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Surveys get an unguessable public key for their answering link (/s/{key}) instead of their
 * sequential id, and a response records its participant so that one participant answers once
 * (module dialogue).
 * <p>
 * A Java migration because existing surveys need random keys, and H2 and PostgreSQL share no SQL
 * function for random bytes. The SQL is portable and runs unchanged on both.
 */
public class V36__dialogue_survey_keys extends BaseJavaMigration {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			// 16 random bytes, URL-safe Base64 without padding: 22 characters
			ddl.execute("alter table survey add column public_key varchar(22)");
			// a hash of the participant's device, per survey (see SurveyService); null for older answers
			ddl.execute("alter table survey_response add column participant varchar(64)");
		}
		List<Long> ids = new ArrayList<>();
		try (Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery("select id from survey order by id")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		try (PreparedStatement update = connection.prepareStatement("update survey set public_key = ? where id = ?")) {
			for (Long id : ids) {
				update.setString(1, newKey());
				update.setLong(2, id);
				update.executeUpdate();
			}
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table survey alter column public_key set not null");
			ddl.execute("create unique index survey_public_key on survey (public_key)");
			ddl.execute("create unique index survey_response_participant on survey_response (survey_id, participant)");
		}
	}

	private static String newKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
