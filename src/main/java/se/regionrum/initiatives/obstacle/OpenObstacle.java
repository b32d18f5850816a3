package se.regionrum.initiatives.obstacle;

import java.time.LocalDate;

/** A row of the list of open obstacles, with its initiative named. */
public record OpenObstacle(long id, long initiativeId, String initiativeTitle, ObstacleKind kind, String title,
		ObstacleRemover remover, ObstacleStatus status, LocalDate identifiedOn, LocalDate handlingStartedOn) {
}
