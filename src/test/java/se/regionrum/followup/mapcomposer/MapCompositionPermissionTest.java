package se.regionrum.followup.mapcomposer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * Editors change only their own organisation's maps; readers read; visitors see published maps
 * only, through pages, exports and API alike; every change is in the audit log.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MapCompositionPermissionTest extends FollowupTestBase {

	@org.springframework.beans.factory.annotation.Autowired
	AuditLog audit;

	@Test
	void editorsChangeTheirOwnMapsOnly() throws Exception {
		MapComposition moraMap = map("Morakarta " + token(), mora.id(), true);
		var falunEditor = TestAuthentication.editorOf(falun.id());
		mvc.perform(get("/maps/{id}/edit", moraMap.id()).with(authentication(falunEditor)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/maps/{id}/layers", moraMap.id()).with(authentication(falunEditor)).with(csrf())
			.param("kind", "BOUNDARIES")).andExpect(status().isForbidden());
		mvc.perform(post("/maps/{id}/delete", moraMap.id()).with(authentication(falunEditor)).with(csrf()))
			.andExpect(status().isForbidden());
		SecurityContextHolder.getContext().setAuthentication(falunEditor);
		try {
			assertThatThrownBy(() -> maps.addLayer(moraMap.id(), LayerKind.FLOWS, null))
				.isInstanceOf(AccessDeniedException.class);
			MapForm form = MapForm.of(moraMap);
			form.setOwnerOrganisationId(mora.id());
			assertThatThrownBy(() -> maps.create(form, List.of())).isInstanceOf(AccessDeniedException.class);
			form.setOwnerOrganisationId(falun.id());
			assertThat(maps.create(form, List.of()).id()).isNotNull();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		var moraEditor = TestAuthentication.editorOf(mora.id());
		mvc.perform(post("/maps/{id}/layers", moraMap.id()).with(authentication(moraEditor)).with(csrf())
			.param("kind", "BOUNDARIES").param("labels", "true")).andExpect(status().is3xxRedirection());
		MapComposition changed = SystemUser.call(() -> maps.get(moraMap.id()));
		assertThat(changed.layers()).extracting(MapLayer::kind).containsExactly(LayerKind.BOUNDARIES);
		assertThat(maps.options(changed.layers().get(0)).showLabels()).isTrue();
		assertThat(audit.entriesAbout(MapCompositionService.AUDIT_TYPE, moraMap.id())).hasSize(2);
	}

	@Test
	void layersMoveAndGo() {
		MapComposition map = map("Ordning " + token(), falun.id(), false, layer(LayerKind.BOUNDARIES, null),
				layer(LayerKind.INITIATIVES, null), layer(LayerKind.FLOWS, null));
		SecurityContextHolder.getContext().setAuthentication(TestAuthentication.editorOf(falun.id()));
		try {
			maps.moveLayer(map.id(), 0, true);
			assertThat(maps.get(map.id()).layers()).extracting(MapLayer::kind)
				.containsExactly(LayerKind.INITIATIVES, LayerKind.BOUNDARIES, LayerKind.FLOWS);
			maps.removeLayer(map.id(), 2);
			assertThat(maps.get(map.id()).layers()).extracting(MapLayer::kind)
				.containsExactly(LayerKind.INITIATIVES, LayerKind.BOUNDARIES);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void readersReadButComposeNothing() throws Exception {
		MapComposition draft = map("Utkast " + token(), mora.id(), false);
		var reader = TestAuthentication.reader();
		mvc.perform(get("/maps/{id}", draft.id()).with(authentication(reader))).andExpect(status().isOk());
		mvc.perform(get("/maps/new").with(authentication(reader))).andExpect(status().isForbidden());
		mvc.perform(get("/maps/{id}/edit", draft.id()).with(authentication(reader))).andExpect(status().isForbidden());
	}

	@Test
	void visitorsSeePublishedMapsOnly() throws Exception {
		String name = "Publicerad karta " + token();
		MapComposition published = map(name, mora.id(), true);
		MapComposition draft = map("Hemlig karta " + token(), mora.id(), false);
		mvc.perform(get("/maps")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(name)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Hemlig karta"))));
		mvc.perform(get("/maps/{id}", published.id())).andExpect(status().isOk());
		mvc.perform(get("/maps/{id}/present", published.id())).andExpect(status().isOk());
		mvc.perform(get("/maps/{id}.png", published.id())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/maps/{id}", published.id())).andExpect(status().isOk());
		for (String path : List.of("/maps/{id}", "/maps/{id}/present", "/maps/{id}/layers.json", "/maps/{id}.png",
				"/maps/{id}.pdf", "/api/v1/maps/{id}", "/api/v1/maps/{id}/layers")) {
			mvc.perform(get(path, draft.id())).andExpect(status().isNotFound());
		}
		mvc.perform(get("/maps/new")).andExpect(status().is3xxRedirection());
		assertThatThrownBy(() -> maps.get(draft.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aTitleAndAnOwnerAreRequired() throws Exception {
		var falunEditor = TestAuthentication.editorOf(falun.id());
		mvc.perform(post("/maps/new").with(authentication(falunEditor)).with(csrf()).param("title", " ")
			.param("ownerOrganisationId", String.valueOf(falun.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("title-error")));
	}

}
