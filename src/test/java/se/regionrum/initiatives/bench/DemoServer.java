package se.regionrum.initiatives.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.RegionrumApplication;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.demo.InitiativesDemoData;
import se.regionrum.platform.SystemUser;

/**
 * Runs the app on an in-memory H2 database with the organisations and an example regional
 * strategy that the other modules' demo data will provide, and the initiatives demo data, for
 * looking at the pages before the modules are merged. Arguments are passed to Spring Boot
 * (default {@code --server.port=8094}). Admin: admin / demo-admin-password.
 */
public final class DemoServer {

	private DemoServer() {
	}

	public static void main(String[] args) {
		String[] defaults = { "--server.port=8094", "--spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1",
				"--regionrum.demo.mode=if-empty", "--regionrum.admin.password=demo-admin-password",
				"--spring.thymeleaf.cache=false" };
		String[] all = new String[defaults.length + args.length];
		System.arraycopy(defaults, 0, all, 0, defaults.length);
		System.arraycopy(args, 0, all, defaults.length, args.length);
		ConfigurableApplicationContext context = SpringApplication.run(RegionrumApplication.class, all);
		InitiativesFixtures.ensure(context.getBean(JdbcClient.class), context.getBean(Organisations.class),
				context.getBean(OrganisationService.class));
		SystemUser.run(() -> context.getBean(InitiativesDemoData.class).load());
	}

}
