package se.regionrum.followup.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * Cost kinds are data that administrators manage, on a page under Administration and through the
 * API: bad input gets a Swedish message on its field and nothing is saved; a kind in use cannot be
 * deleted, only deactivated, and a deactivated kind is not offered for new cost lines while the
 * lines and the report that have it still show it. Editors and readers may not change kinds.
 * <p>
 * The test database is shared by every test class: the kinds made here go last and are never the
 * seeded ones, so other tests see the seeded kinds in their seeded order.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CostKindAdministrationTest extends FollowupTestBase {

	@Autowired
	private CostKindService costKinds;

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long kinds() {
		return jdbc.sql("select count(*) from cost_kind").query(Long.class).single();
	}

	private CostKind kindNamed(String name) {
		return jdbc.sql("select id from cost_kind where name = ?").param(name).query(Long.class).optional()
			.map(id -> SystemUser.call(() -> costKinds.get(id)))
			.orElseThrow(() -> new AssertionError("no cost kind " + name));
	}


	private ResultActions postAsAdmin(String path, String... params) throws Exception {
		var request = post(path).with(authentication(TestAuthentication.admin())).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	@Test
	void anAdministratorAddsRenamesReordersAndDeactivatesKindsOnThePage() throws Exception {
		String list = body(mvc.perform(get("/admin/cost-kinds").with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk()));
		assertThat(list).contains("<h1>Kostnadsslag</h1>").contains("Externa tjänster").contains("PERSONNEL");
		assertThat(body(mvc.perform(get("/admin").with(authentication(TestAuthentication.admin())))))
			.contains("href=\"/admin/cost-kinds\"");

		// Bad input: a Swedish message on its field, nothing saved.
		long before = kinds();
		String blank = body(postAsAdmin("/admin/cost-kinds/new", "name", "  ", "nameEn", "Consultants")
			.andExpect(status().isOk()));
		assertThat(blank).contains("id=\"name-error\"").contains("Ange ett namn.").contains("aria-describedby=\"name-error\"");
		String taken = body(postAsAdmin("/admin/cost-kinds/new", "name", "resor").andExpect(status().isOk()));
		assertThat(taken).contains("Det finns redan ett kostnadsslag med det namnet.");
		String code = body(postAsAdmin("/admin/cost-kinds/new", "name", "Ny " + token(), "code", "travel")
			.andExpect(status().isOk()));
		assertThat(code).contains("id=\"code-error\"").contains("Det finns redan ett kostnadsslag med den koden.");
		String badCode = body(postAsAdmin("/admin/cost-kinds/new", "name", "Ny " + token(), "code", "resor & mat")
			.andExpect(status().isOk()));
		assertThat(badCode).contains("Koden får bara innehålla A–Z, siffror och understreck");
		assertThat(kinds()).isEqualTo(before);

		// Add two; the code is made from the Swedish name.
		String t = token();
		String first = "Konsulter " + t;
		String second = "Översättning " + t;
		postAsAdmin("/admin/cost-kinds/new", "name", first, "nameEn", "Consultants " + t)
			.andExpect(status().is3xxRedirection());
		postAsAdmin("/admin/cost-kinds/new", "name", second).andExpect(status().is3xxRedirection());
		CostKind a = kindNamed(first);
		CostKind b = kindNamed(second);
		assertThat(b.code()).isEqualTo(("OVERSATTNING_" + t).toUpperCase());
		assertThat(b.position()).isEqualTo(a.position() + 1);
		assertThat(a.active()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'cost_kind' and entity_id = ?")
			.param(String.valueOf(a.id())).query(Long.class).single()).isEqualTo(1);

		// Rename (Swedish and English); the code stays.
		postAsAdmin("/admin/cost-kinds/" + a.id() + "/edit", "name", first + " och experter", "nameEn",
				"Consultants and experts " + t, "code", "HACK")
			.andExpect(status().is3xxRedirection());
		CostKind renamed = SystemUser.call(() -> costKinds.get(a.id()));
		assertThat(renamed.name()).isEqualTo(first + " och experter");
		assertThat(renamed.nameEn()).isEqualTo("Consultants and experts " + t);
		assertThat(renamed.code()).isEqualTo(a.code());
		String renameTaken = body(postAsAdmin("/admin/cost-kinds/" + a.id() + "/edit", "name", "Personal")
			.andExpect(status().isOk()));
		assertThat(renameTaken).contains("Det finns redan ett kostnadsslag med det namnet.");

		// Reorder: the second moves above the first.
		postAsAdmin("/admin/cost-kinds/" + b.id() + "/move", "direction", "up").andExpect(status().is3xxRedirection());
		assertThat(SystemUser.call(() -> costKinds.get(b.id())).position()).isEqualTo(a.position());
		assertThat(SystemUser.call(() -> costKinds.get(a.id())).position()).isEqualTo(b.position());

		// Use one on a cost line, then deactivate it: it cannot be deleted, it is not offered for new lines,
		// the existing line and the report still show it.
		Programme p = programme("Kostnadsslag " + t, mora.id(), true);
		SystemUser.run(() -> costService.addCostLine(p.id(), new CostLineForm(2017, a.id(), 1000L, 900L, null)));
		postAsAdmin("/admin/cost-kinds/" + a.id() + "/active", "active", "false").andExpect(status().is3xxRedirection());
		assertThat(SystemUser.call(() -> costKinds.get(a.id())).active()).isFalse();
		postAsAdmin("/admin/cost-kinds/" + a.id() + "/delete").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failure", "followup.costKind.inUse"));
		assertThat(jdbc.sql("select count(*) from cost_kind where id = ?").param(a.id()).query(Long.class).single()).isEqualTo(1);

		String form = body(mvc.perform(get("/programmes/{id}/costs/new", p.id())
			.with(authentication(TestAuthentication.admin()))).andExpect(status().isOk()));
		assertThat(form).doesNotContain(first).contains(second);
		String inactive = body(postAsAdmin("/programmes/" + p.id() + "/costs/new", "costYear", "2018", "costKindId",
				String.valueOf(a.id()), "spent", "100").andExpect(status().isOk()));
		assertThat(inactive).contains("Kostnadsslaget är inaktiverat och kan inte väljas för nya kostnadsrader.");
		long lineId = SystemUser.call(() -> costService.costLines(p.id())).get(0).id();
		String edit = body(mvc.perform(get("/costs/{id}/edit", lineId).with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk()));
		assertThat(edit).contains(first);
		postAsAdmin("/costs/" + lineId + "/edit", "costYear", "2017", "costKindId", String.valueOf(a.id()), "spent", "950")
			.andExpect(status().is3xxRedirection());
		assertThat(SystemUser.call(() -> costService.costLines(p.id()))).hasSize(1);
		assertThat(body(mvc.perform(get("/programmes/{id}/report", p.id())).andExpect(status().isOk()))).contains(first);

		// Reactivate; an unused kind can be deleted.
		postAsAdmin("/admin/cost-kinds/" + a.id() + "/active", "active", "true").andExpect(status().is3xxRedirection());
		assertThat(SystemUser.call(() -> costKinds.get(a.id())).active()).isTrue();
		postAsAdmin("/admin/cost-kinds/" + b.id() + "/delete").andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from cost_kind where id = ?").param(b.id()).query(Long.class).single()).isZero();
	}

	@Test
	void onlyAdministratorsChangeKinds() throws Exception {
		long before = kinds();
		var editor = TestAuthentication.editorOf(mora.id());
		mvc.perform(get("/admin/cost-kinds").with(authentication(editor))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/cost-kinds").with(authentication(TestAuthentication.reader()))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/cost-kinds/new").with(authentication(editor)).with(csrf()).param("name", "Förbjuden"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/cost-kinds").with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Förbjuden\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/cost-kinds").with(authentication(TestAuthentication.reader()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Förbjuden\"}")).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/cost-kinds/{id}", kindNamed("Resor").id()).with(authentication(editor))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Resor och logi\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/cost-kinds").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Förbjuden\"}"))
			.andExpect(status().isUnauthorized());
		assertThat(kinds()).isEqualTo(before);
		assertThat(kindNamed("Resor").active()).isTrue();
		mvc.perform(get("/api/v1/cost-kinds")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'TRAVEL')].name").value("Resor"));
	}

	@Test
	void theApiAddsRenamesAndDeactivatesKindsWithProblemsInSwedish() throws Exception {
		var admin = TestAuthentication.admin();
		long before = kinds();
		mvc.perform(post("/api/v1/cost-kinds").with(authentication(admin)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"nameEn\":\"Nothing\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("Ange ett namn."));
		mvc.perform(post("/api/v1/cost-kinds").with(authentication(admin)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Lokaler\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("Det finns redan ett kostnadsslag med det namnet."));
		assertThat(kinds()).isEqualTo(before);

		String t = token();
		String created = mvc.perform(post("/api/v1/cost-kinds").with(authentication(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"equipment_%s\",\"name\":\"Utrustning %s\",\"nameEn\":\"Equipment %s\"}".formatted(t, t, t)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(("EQUIPMENT_" + t).toUpperCase()))
			.andExpect(jsonPath("$.active").value(true))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*?\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/api/v1/cost-kinds").with(authentication(admin)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"EQUIPMENT_%s\",\"name\":\"Annan %s\"}".formatted(t, t)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));

		Programme p = programme("API-kostnadsslag " + t, mora.id(), true);
		SystemUser.run(() -> costService.addCostLine(p.id(), new CostLineForm(2016, id, 500L, 400L, null)));

		mvc.perform(put("/api/v1/cost-kinds/{id}", id).with(authentication(admin)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Utrustning och material %s\",\"nameEn\":\"Equipment and material %s\",\"active\":false}".formatted(t, t)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Utrustning och material " + t))
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(put("/api/v1/cost-kinds/{id}", id).with(authentication(admin)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\" \"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("Ange ett namn."));
		mvc.perform(delete("/api/v1/cost-kinds/{id}", id).with(authentication(admin)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("Kostnadsslaget används av kostnadsrader och kan inte tas bort. Inaktivera det i stället."));
		mvc.perform(post("/api/v1/programmes/{id}/costs", p.id()).with(authentication(admin))
			.contentType(MediaType.APPLICATION_JSON).content("{\"costYear\":2017,\"costKindId\":%d,\"spent\":1}".formatted(id)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("costKindId"));
		mvc.perform(get("/api/v1/cost-kinds/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		assertThat(body(mvc.perform(get("/programmes/{id}/costs.csv", p.id())).andExpect(status().isOk())))
			.contains("Utrustning och material " + t);
	}

}
