package se.regionrum;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules named in docs/architecture.md, with no cycles and no reaching into another module's
 * internals; the module diagrams are written to target/spring-modulith-docs.
 */
class ModuleStructureTest {

	private final ApplicationModules modules = ApplicationModules.of(RegionrumApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
