package se.regionrum.initiatives.obstacle;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import se.regionrum.initiatives.ObstacleDraft;
import se.regionrum.initiatives.Obstacles;
import se.regionrum.platform.InvalidInputException;

/** The obstacle API for other modules, delegating to {@link ObstacleService}. */
@Component
class ObstaclesAdapter implements Obstacles {

	private final ObstacleService obstacles;

	ObstaclesAdapter(ObstacleService obstacles) {
		this.obstacles = obstacles;
	}

	@Override
	public long addObstacle(long initiativeId, ObstacleDraft draft) {
		ObstacleKind kind;
		ObstacleRemover remover;
		try {
			kind = ObstacleKind.valueOf(draft.kind());
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("kind", "initiatives.obstacle.kind.required");
		}
		try {
			remover = ObstacleRemover.valueOf(draft.remover());
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("remover", "initiatives.obstacle.remover.required");
		}
		ObstacleForm form = new ObstacleForm(kind, draft.title(), draft.description(), remover, ObstacleStatus.OPEN,
				LocalDate.now(), null, null);
		return obstacles.create(initiativeId, form).id();
	}

}
