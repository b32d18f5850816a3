package se.regionrum.platform.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of cluster signals: {@code pg_notify} in the caller's transaction, and the listening
 * connection. That connection is opened with the pool's settings but outside the pool: it is
 * held for the server's life and keeps its {@code LISTEN}, which a pooled connection would carry to
 * the next borrower (whose driver would then gather notifications nobody reads); and a listener
 * waiting for its connection must never compete with requests for the pool.
 */
@Repository
class SignalQueries {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	SignalQueries(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** "PostgreSQL", "H2", … as the JDBC driver names its database. */
	String databaseProduct() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The database does not say what it is", ex);
		}
	}

	/** Whether a listening connection can be opened beside the pool (a Hikari pool with a JDBC URL). */
	boolean canOpenListener() {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class)
					&& dataSource.unwrap(HikariDataSource.class).getJdbcUrl() != null;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/** Joins the caller's transaction: PostgreSQL delivers the notification when it commits. */
	void notify(String channel, String message) {
		jdbc.sql("select pg_notify(?, ?)").params(channel, message).query().listOfRows();
	}

	/** A new connection outside the pool that listens on {@code channel} (a constant identifier). */
	Connection openListener(String channel, String applicationName) throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		Properties properties = new Properties();
		properties.putAll(pool.getDataSourceProperties());
		if (pool.getUsername() != null) {
			properties.setProperty("user", pool.getUsername());
		}
		if (pool.getPassword() != null) {
			properties.setProperty("password", pool.getPassword());
		}
		// named in pg_stat_activity; keep-alive lets the operating system notice a dead peer
		properties.setProperty("ApplicationName", applicationName);
		properties.setProperty("tcpKeepAlive", "true");
		Connection connection = DriverManager.getDriver(pool.getJdbcUrl()).connect(pool.getJdbcUrl(), properties);
		if (connection == null) {
			throw new SQLException("No driver takes " + pool.getJdbcUrl());
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("listen " + channel);
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		return connection;
	}

	/** The payloads that arrived on the listening connection, waiting up to {@code timeoutMs} for the first. */
	List<String> receive(Connection listener, int timeoutMs) throws SQLException {
		PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications(timeoutMs);
		List<String> payloads = new ArrayList<>();
		if (notifications != null) {
			for (PGNotification notification : notifications) {
				payloads.add(notification.getParameter());
			}
		}
		return payloads;
	}

	/** A round trip, so that a connection the network lost without a word fails here. */
	void ping(Connection listener) throws SQLException {
		try (Statement statement = listener.createStatement()) {
			statement.execute("select 1");
		}
	}

}
