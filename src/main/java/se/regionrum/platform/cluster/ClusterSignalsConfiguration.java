package se.regionrum.platform.cluster;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.platform.ClusterSignals;

/** Picks the cluster signals by the database the server runs on, whatever the profile. */
@Configuration(proxyBeanMethods = false)
class ClusterSignalsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ClusterSignalsConfiguration.class);

	@Bean
	ClusterSignals clusterSignals(SignalQueries queries,
			@Value("${regionrum.cluster.signals-max-back-off:30s}") Duration maxBackOff) {
		if (!"PostgreSQL".equals(queries.databaseProduct())) {
			return new LocalSignals();
		}
		if (!queries.canOpenListener()) {
			log.warn("The data source is not a Hikari pool with a JDBC URL: no LISTEN/NOTIFY between the servers, "
					+ "live presentations reach other servers' screens and phones by polling only");
			return new LocalSignals();
		}
		return new PostgresSignals(queries, maxBackOff).start();
	}

}
