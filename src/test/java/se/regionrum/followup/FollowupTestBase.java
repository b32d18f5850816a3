package se.regionrum.followup;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.followup.programme.ActionArea;
import se.regionrum.followup.programme.ActionAreaForm;
import se.regionrum.followup.programme.ActionAreaService;
import se.regionrum.followup.programme.ActivityService;
import se.regionrum.followup.programme.CostLineService;
import se.regionrum.followup.programme.EvaluationService;
import se.regionrum.followup.programme.Programme;
import se.regionrum.followup.programme.ProgrammeCommand;
import se.regionrum.followup.programme.ProgrammeKind;
import se.regionrum.followup.programme.ProgrammeService;
import se.regionrum.followup.programme.ProgrammeStatus;
import se.regionrum.initiatives.TestWorld;
import se.regionrum.platform.SystemUser;

/** The Dalarna organisations the follow-up tests use, and small programmes owned by them. */
public abstract class FollowupTestBase {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Organisations organisations;

	@Autowired
	protected OrganisationService organisationService;

	@Autowired
	protected ProgrammeService programmes;

	@Autowired
	protected ActionAreaService areaService;

	@Autowired
	protected ActivityService activityService;

	@Autowired
	protected CostLineService costService;

	@Autowired
	protected EvaluationService evaluationService;

	protected OrganisationRef falun;

	protected OrganisationRef mora;

	@BeforeEach
	void world() {
		TestWorld.ensure(jdbc, organisations, organisationService);
		falun = organisations.findByScbCode("2080").orElseThrow();
		mora = organisations.findByScbCode("2062").orElseThrow();
	}

	protected static ProgrammeCommand command(String name, long owner, boolean published) {
		return new ProgrammeCommand(ProgrammeKind.PROJECT, name, "Sammanfattning", "Syfte", null,
				LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31), ProgrammeStatus.ONGOING, owner, null, null, null,
				published, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	protected Programme programme(String name, long owner, boolean published) {
		return SystemUser.call(() -> programmes.create(command(name, owner, published)));
	}

	protected ActionArea area(Programme programme, String name) {
		return SystemUser.call(() -> areaService.addActionArea(programme.id(), new ActionAreaForm(name, null, null)));
	}

	protected static String token() {
		return "T" + Long.toString(System.nanoTime(), 36);
	}

}
