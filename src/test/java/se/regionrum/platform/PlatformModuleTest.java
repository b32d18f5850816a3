package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The platform module starts on its own; the one port it declares that another module implements
 * ({@link OrganisationDirectory}, by actors) is mocked.
 */
// each module test has a context of its own: closed afterwards, so its connection pool is not kept
@DirtiesContext
@ApplicationModuleTest
class PlatformModuleTest {

	@MockitoBean
	OrganisationDirectory organisations;

	@Autowired
	Permissions api;

	@Test
	void startsWithItsApi() {
		assertThat(api).isNotNull();
	}

}
