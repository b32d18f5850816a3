package se.regionrum.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The initiatives module starts with the modules it uses directly and no other; on its
 * own it would need every platform bean mocked (security, audit log, layout).
 */
// each module test has a context of its own: closed afterwards, so its connection pool is not kept
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class InitiativesModuleTest {

	@Autowired
	Initiatives api;

	@Test
	void startsWithItsApi() {
		assertThat(api).isNotNull();
	}

}
