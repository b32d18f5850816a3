package se.regionrum.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.platform.Waiting;

/**
 * Two servers' signals on one PostgreSQL database, without Spring: a signal reaches the other
 * server and not the sender, goes with the commit of the transaction it was sent in (never on a
 * rollback), and a listening connection the database ended is opened again. Runs on the
 * PostgreSQL pass only ({@code -Dregionrum.test.profile=postgres}).
 */
class PostgresSignalsTest {

	@Test
	void signalsReachTheOtherServerAfterCommitAndSurviveALostConnection() throws Exception {
		assumeTrue(System.getProperty("spring.profiles.active", "").contains("postgres"), "PostgreSQL pass only");
		try (HikariDataSource dataSource = dataSource()) {
			SignalQueries queries = new SignalQueries(dataSource, JdbcClient.create(dataSource));
			assertThat(queries.databaseProduct()).isEqualTo("PostgreSQL");
			try (PostgresSignals a = new PostgresSignals(queries, Duration.ofSeconds(1)).start();
					PostgresSignals b = new PostgresSignals(queries, Duration.ofSeconds(1)).start()) {
				BlockingQueue<String> atA = new LinkedBlockingQueue<>();
				BlockingQueue<String> atB = new LinkedBlockingQueue<>();
				a.subscribe("test", atA::add);
				b.subscribe("test", atB::add);
				Waiting.until(() -> a.listening() && b.listening(), ready -> ready);

				a.publish("test", "1 moved");
				assertThat(atB.poll(5, TimeUnit.SECONDS)).isEqualTo("1 moved");

				// in a transaction: nothing before the commit, nothing at all after a rollback
				TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
				transactions.executeWithoutResult(status -> {
					a.publish("test", "2 answers");
					try {
						assertThat(atB.poll(300, TimeUnit.MILLISECONDS)).isNull();
					}
					catch (InterruptedException ex) {
						throw new IllegalStateException(ex);
					}
				});
				assertThat(atB.poll(5, TimeUnit.SECONDS)).isEqualTo("2 answers");
				transactions.executeWithoutResult(status -> {
					a.publish("test", "3 answers");
					status.setRollbackOnly();
				});

				// the database ends B's listening connection; B opens a new one
				JdbcClient.create(dataSource)
					.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")
					.param(b.applicationName())
					.query()
					.listOfRows();
				assertThat(Waiting.until(b::connects, n -> n >= 2 && b.listening())).isGreaterThanOrEqualTo(2);
				a.publish("test", "4 moved");
				assertThat(atB.poll(5, TimeUnit.SECONDS)).isEqualTo("4 moved");
				assertThat(atA).as("a server does not hear itself").isEmpty();
				assertThatThrownBy(() -> a.publish("Test channel", "1")).isInstanceOf(IllegalArgumentException.class);
			}
		}
	}

	private static HikariDataSource dataSource() {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(env("REGIONRUM_DB_URL", "jdbc:postgresql://localhost:5432/regionrum"));
		dataSource.setUsername(env("REGIONRUM_DB_USERNAME", "regionrum"));
		dataSource.setPassword(env("REGIONRUM_DB_PASSWORD", ""));
		dataSource.setMaximumPoolSize(2);
		return dataSource;
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null ? otherwise : value;
	}

}
