package se.regionrum.platform.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.regionrum.platform.Accounts;

@Service
class JdbcAccounts implements Accounts {

	private final JdbcClient jdbc;

	JdbcAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long countScopedTo(long organisationId) {
		return jdbc.sql("select count(*) from user_account where organisation_id = ?").param(organisationId)
			.query(Long.class).single();
	}

}
