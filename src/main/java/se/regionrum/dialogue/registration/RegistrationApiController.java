package se.regionrum.dialogue.registration;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Registrations", description = "Registrations for meetings and series, with their rules")
class RegistrationApiController {

	private final RegistrationService registrations;

	RegistrationApiController(RegistrationService registrations) {
		this.registrations = registrations;
	}

	@PostMapping("/api/v1/meetings/{id}/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register people for a meeting (no account needed)", description = "The registrant and up "
			+ "to three colleagues; each person named is confirmed, wait-listed or refused with a reason (colleagues "
			+ "beyond three with TOO_MANY_COLLEAGUES). The same rules as on "
			+ "the meeting page: published meetings only (404 otherwise), deadline, capacity, quota per "
			+ "organisation, consent required. The answer holds the registered people's personal cancellation "
			+ "tokens and nothing about other registrations.", operationId = "registerForMeeting")
	@SecurityRequirements
	List<Outcome> register(@PathVariable long id, @Valid @RequestBody RegistrationRequest body) {
		return registrations.register(id, body.toForm());
	}

	@PostMapping("/api/v1/series/{id}/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register people for every coming meeting of a series (no account needed)",
			description = "The same rules as on the series page; published series only.",
			operationId = "registerForSeries")
	@SecurityRequirements
	List<Outcome> registerForSeries(@PathVariable long id, @Valid @RequestBody RegistrationRequest body) {
		return registrations.registerForSeries(id, body.toForm());
	}

	@GetMapping("/api/v1/meetings/{id}/registrations")
	@Operation(summary = "Participants of a meeting (organisers)", operationId = "listRegistrations")
	List<Registration> participants(@PathVariable long id) {
		return registrations.participants(id);
	}

	@DeleteMapping("/api/v1/registrations/{token:[0-9a-f]{32}}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Cancel by personal token (no account needed); the waiting list moves up",
			operationId = "cancelRegistration")
	@SecurityRequirements
	void cancel(@PathVariable String token) {
		registrations.cancel(token);
	}

}
