package se.regionrum.initiatives.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's DataSource so that every statement prepared or created on one of its
 * connections is counted: the benchmark reads the count around each request to show how many
 * SQL statements a page costs (a list whose cost grows with its length would be an N+1).
 */
final class StatementCounter implements BeanPostProcessor {

	static final AtomicLong STATEMENTS = new AtomicLong();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
					(proxy, method, args) -> {
						Object result = invoke(dataSource, method, args);
						return result instanceof Connection connection ? counting(connection) : result;
					});
		}
		return bean;
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					String name = method.getName();
					if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
						STATEMENTS.incrementAndGet();
					}
					if (name.equals("unwrap") && args != null && args[0] == Connection.class) {
						return connection;
					}
					return invoke(connection, method, args);
				});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
