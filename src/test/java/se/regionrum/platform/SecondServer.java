package se.regionrum.platform;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import se.regionrum.RegionrumApplication;

/**
 * Another server of the cluster for a test: the whole application in a second context of this JVM,
 * on a free port and on the test database (the shared in-memory H2, or the PostgreSQL test
 * database), as a second server behind a load balancer would be. Close it when the test class is
 * done: its own connection pool must not outlive the test (PostgreSQL allows few connections).
 */
public final class SecondServer implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SecondServer(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts it; {@code listeners} see its start-up, as {@link TwoServersTest} watches its probes. */
	public static SecondServer start(ApplicationListener<?>... listeners) {
		return new SecondServer(new SpringApplicationBuilder(RegionrumApplication.class).properties("server.port=0")
			.listeners(listeners)
			.run());
	}

	public int port() {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	public ConfigurableApplicationContext context() {
		return context;
	}

	@Override
	public void close() {
		context.close();
	}

}
