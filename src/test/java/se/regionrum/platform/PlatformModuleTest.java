package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The platform module starts on its own; the one port it declares that another module implements
 * ({@link OrganisationDirectory}, by actors) is mocked.
 */
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
