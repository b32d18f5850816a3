package se.regionrum.strategy.goal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.regionrum.platform.NotFoundException;
import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.strategy.Strategy;
import se.regionrum.strategy.strategy.StrategyService;

@RestController
@RequestMapping("/api/v1/strategies/{strategyId}/goals")
@Tag(name = "Strategy goals", description = "Goal areas, goals and long-term priorities of a strategy")
class GoalApiController {

	private final GoalService goals;

	private final StrategyService strategies;

	GoalApiController(GoalService goals, StrategyService strategies) {
		this.goals = goals;
		this.strategies = strategies;
	}

	record GoalResponse(long id, long version, long strategyId, Long parentId, GoalLevel level, String code,
			String title, String description, int position, int depth, LocalDate retiredOn, String retireNote,
			List<Long> municipalityIds) {

		static GoalResponse of(GoalNode node) {
			Goal g = node.goal();
			return new GoalResponse(g.id(), g.version(), g.strategyId(), g.parentId(), g.level(), g.code(), g.title(),
					g.description(), g.position(), node.depth(), g.retiredOn(), g.retireNote(), node.municipalityIds());
		}

	}

	record MoveRequest(String direction) {
	}

	record RetireRequest(String note) {
	}

	private GoalResponse response(long strategyId, long goalId) {
		Strategy strategy = strategies.getVisible(strategyId);
		return goals.tree(strategy).stream().filter(n -> n.goal().id() == goalId).findFirst().map(GoalResponse::of)
			.orElseThrow(() -> new NotFoundException("Goal", goalId));
	}

	@GetMapping
	@Operation(summary = "The goal hierarchy of a strategy, depth first (retired goals included)",
			operationId = "listGoals")
	@SecurityRequirements
	List<GoalResponse> list(@PathVariable long strategyId) {
		return goals.tree(strategies.getVisible(strategyId)).stream().map(GoalResponse::of).toList();
	}

	@GetMapping("/{goalId}")
	@Operation(summary = "Get one goal", operationId = "getGoal")
	@SecurityRequirements
	GoalResponse get(@PathVariable long strategyId, @PathVariable long goalId) {
		goals.get(strategyId, goalId);
		return response(strategyId, goalId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a goal area, goal or priority (editors of the strategy's owner)", operationId = "addGoal")
	ResponseEntity<GoalResponse> add(@PathVariable long strategyId, @Valid @RequestBody GoalRequest request) {
		Goal saved = goals.add(strategyId, request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/strategies/" + strategyId + "/goals/" + saved.id()))
			.body(response(strategyId, saved.id()));
	}

	@PutMapping("/{goalId}")
	@Operation(summary = "Change a goal, its parent or its municipalities",
			description = "Send the version you read in If-Match to be told (409) when someone else changed it since.",
			operationId = "updateGoal")
	GoalResponse update(@PathVariable long strategyId, @PathVariable long goalId, @Valid @RequestBody GoalRequest request,
			@RequestHeader(name = "If-Match", required = false) Long version) {
		goals.get(strategyId, goalId);
		goals.update(goalId, request.toForm(), version);
		return response(strategyId, goalId);
	}

	@PostMapping("/{goalId}/move")
	@Operation(summary = "Move a goal one step up or down among its siblings (direction: up or down)",
			operationId = "moveGoal")
	GoalResponse move(@PathVariable long strategyId, @PathVariable long goalId, @RequestBody MoveRequest request) {
		goals.get(strategyId, goalId);
		goals.move(goalId, "up".equalsIgnoreCase(request.direction()));
		return response(strategyId, goalId);
	}

	@PostMapping("/renumber")
	@Operation(summary = "Number the active goals after their place in the tree (1, 1.1, 1.1.1 …)",
			operationId = "renumberGoals")
	List<GoalResponse> renumber(@PathVariable long strategyId) {
		goals.renumber(strategyId);
		return list(strategyId);
	}

	@PostMapping("/{goalId}/retire")
	@Operation(summary = "Retire a goal and the goals below it; links and history are kept", operationId = "retireGoal")
	GoalResponse retire(@PathVariable long strategyId, @PathVariable long goalId, @RequestBody RetireRequest request) {
		goals.get(strategyId, goalId);
		goals.retire(goalId, request == null ? null : request.note());
		return response(strategyId, goalId);
	}

	@PostMapping("/{goalId}/reinstate")
	@Operation(summary = "Take a retired goal back into use", operationId = "reinstateGoal")
	GoalResponse reinstate(@PathVariable long strategyId, @PathVariable long goalId) {
		goals.get(strategyId, goalId);
		goals.reinstate(goalId);
		return response(strategyId, goalId);
	}

}
