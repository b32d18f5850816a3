package se.regionrum.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The follow-up module starts with the modules it uses directly and no other; on its
 * own it would need every platform bean mocked (security, audit log, layout).
 */
// each module test has a context of its own: closed afterwards, so its connection pool is not kept
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class FollowupModuleTest {

	@Autowired
	ApplicationContext context;

	@Test
	void startsWithItsBeans() {
		assertThat(Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getType)
			.filter(type -> type != null && type.getPackageName().startsWith("se.regionrum.followup"))).isNotEmpty();
	}

}
