package se.regionrum;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The house rules of docs/architecture.md that Spring Modulith does not check: one way to the
 * database, one name for a module API's implementation, no cycles inside a module.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("se.regionrum");

	private static final List<Class<?>> DATABASE_ACCESS = List.of(JdbcClient.class, JdbcOperations.class,
			NamedParameterJdbcOperations.class, DataSource.class);

	@ParameterizedTest
	@ValueSource(strings = { "platform", "actors", "strategy", "initiatives", "dialogue", "indicators", "analysis",
			"followup" })
	void subPackagesOfAModuleHaveNoCycles(String module) {
		slices().matching("se.regionrum." + module + ".(*)..")
			.should()
			.beFreeOfCycles()
			.check(CLASSES);
	}

	@Test
	void onlyRepositoriesAndQueriesReachTheDatabase() {
		// Flyway's Java migrations run before the application's beans exist, and the job
		// scheduler's wiring hands the DataSource to db-scheduler, which owns its SQL; everything
		// else, the demo loaders included, goes through a feature's Queries or Repository
		classes().that(dependOnDatabaseAccess())
			.and()
			.resideOutsideOfPackages("db.migration..", "se.regionrum.platform.jobs..")
			.should()
			.haveSimpleNameEndingWith("Queries")
			.orShould()
			.haveSimpleNameEndingWith("Repository")
			.because("services hold rules and transactions, Queries and Repository classes the SQL")
			.check(CLASSES);
	}

	@Test
	void noOtherNamesForDataAccess() {
		noClasses().should()
			.haveSimpleNameEndingWith("Store")
			.orShould()
			.haveSimpleNameStartingWith("Jdbc")
			.orShould()
			.haveSimpleNameEndingWith("Dao")
			.check(CLASSES);
	}

	@Test
	void aModuleApiIsImplementedByItsAdapter() {
		classes().that()
			.areNotInterfaces()
			.and()
			.resideInAPackage("se.regionrum.*.*..")
			.should(implementModuleApisOnlyAsAdapter())
			.check(CLASSES);
	}

	private static DescribedPredicate<JavaClass> dependOnDatabaseAccess() {
		return DescribedPredicate.describe("depend on JdbcClient, JdbcTemplate or a DataSource",
				c -> c.getDirectDependenciesFromSelf()
					.stream()
					.anyMatch(d -> DATABASE_ACCESS.stream().anyMatch(t -> d.getTargetClass().isAssignableTo(t))));
	}

	/** A class implementing a module's root-package interface {@code Foo} is called {@code FooAdapter}. */
	private static ArchCondition<JavaClass> implementModuleApisOnlyAsAdapter() {
		return new ArchCondition<>("implement a module API interface Foo only as FooAdapter") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				for (JavaClass api : item.getRawInterfaces()) {
					if (isModuleApiPort(api) && !item.getSimpleName().equals(api.getSimpleName() + "Adapter")) {
						events.add(SimpleConditionEvent.violated(item,
								item.getName() + " implements " + api.getName() + " but is not called "
										+ api.getSimpleName() + "Adapter"));
					}
				}
			}
		};
	}

	/**
	 * A port: a top-level interface in a module's root package with one implementation. Interfaces
	 * that many features implement (StartPageSection.Provider, DemoData) are extension points.
	 */
	private static boolean isModuleApiPort(JavaClass type) {
		String pkg = type.getPackageName();
		return type.isInterface() && type.isTopLevelClass() && pkg.startsWith("se.regionrum.")
				&& pkg.indexOf('.', "se.regionrum.".length()) < 0
				&& type.getAllSubclasses().stream().filter(c -> !c.isInterface()).count() == 1;
	}

}
