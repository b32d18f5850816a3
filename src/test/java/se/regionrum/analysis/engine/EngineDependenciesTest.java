package se.regionrum.analysis.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The engine is plain Java: it runs in the command-line tool and in benchmarks without Spring, the
 * database or any other module's types, so it may use nothing but the JDK and itself.
 */
class EngineDependenciesTest {

	@Test
	void engineDependsOnlyOnTheJdkAndItself() {
		JavaClasses engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("se.regionrum.analysis.engine");
		classes().that()
			.resideInAPackage("se.regionrum.analysis.engine..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "se.regionrum.analysis.engine..")
			.check(engine);
	}

}
