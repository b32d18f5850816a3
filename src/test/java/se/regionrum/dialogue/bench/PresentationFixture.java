package se.regionrum.dialogue.bench;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.dialogue.presentation.Presentation;
import se.regionrum.dialogue.presentation.PresentationService;
import se.regionrum.dialogue.presentation.Question;
import se.regionrum.dialogue.presentation.QuestionKind;
import se.regionrum.platform.SystemUser;

/** The presentation the load benchmark runs through: word clouds, single choices and scales in turn. */
final class PresentationFixture {

	record Created(long id, String code, List<Long> questionIds) {
	}

	private static final QuestionKind[] KINDS = { QuestionKind.WORD_CLOUD, QuestionKind.SINGLE_CHOICE, QuestionKind.SCALE };

	private PresentationFixture() {
	}

	static Created create(ConfigurableApplicationContext app, long meetingId, int questions) {
		PresentationService service = app.getBean(PresentationService.class);
		List<PresentationService.NewQuestion> list = new ArrayList<>();
		for (int q = 0; q < questions; q++) {
			QuestionKind kind = KINDS[q % KINDS.length];
			list.add(new PresentationService.NewQuestion(kind, "Fråga " + (q + 1) + " till rummet",
					kind == QuestionKind.SINGLE_CHOICE ? "Ja\nNej\nVet inte" : null));
		}
		return SystemUser.call(() -> {
			Presentation p = service.createWithQuestions(meetingId, "Belastningsprov", list);
			List<Long> ids = service.questions(p.id()).stream().map(Question::id).toList();
			return new Created(p.id(), p.joinCode(), ids);
		});
	}

	/** What phone {@code phone} answers to question {@code q}: a word out of 40, an option, a step of the scale. */
	static String answer(int q, int phone) {
		return switch (KINDS[q % KINDS.length]) {
			case WORD_CLOUD -> "ord" + (phone % 40);
			case SINGLE_CHOICE -> String.valueOf(phone % 3);
			default -> String.valueOf(1 + phone % 5);
		};
	}

	static long storedAnswers(ConfigurableApplicationContext app, long questionId) {
		return app.getBean(JdbcClient.class)
			.sql("select count(*) from presentation_answer where question_id = ?")
			.param(questionId)
			.query(Long.class)
			.single();
	}

}
