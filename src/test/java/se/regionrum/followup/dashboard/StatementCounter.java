package se.regionrum.followup.dashboard;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements prepared on the current thread while {@link #count} runs: the application's
 * DataSource is wrapped so that every connection it hands out reports each statement it prepares.
 */
public final class StatementCounter {

	private static final ThreadLocal<AtomicInteger> COUNT = new ThreadLocal<>();

	private StatementCounter() {
	}

	/** How many statements the work prepared on this thread. */
	public static int count(ThrowingRunnable work) throws Exception {
		AtomicInteger counter = new AtomicInteger();
		COUNT.set(counter);
		try {
			work.run();
		}
		finally {
			COUNT.remove();
		}
		return counter.get();
	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

	static Connection counting(Connection target) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					String name = method.getName();
					if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
						AtomicInteger counter = COUNT.get();
						if (counter != null) {
							counter.incrementAndGet();
						}
					}
					try {
						return method.invoke(target, args);
					}
					catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}

	/** Wraps the application's DataSource. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		static BeanPostProcessor statementCountingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
						return new Counting(dataSource);
					}
					return bean;
				}
			};
		}

	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

	}

}
