package se.regionrum.followup.handbook;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Method handbooks", description = "Method handbooks: drafts of chapters in order, and published, frozen editions")
class HandbookApiController {

	private final HandbookService handbooks;

	HandbookApiController(HandbookService handbooks) {
		this.handbooks = handbooks;
	}

	/** An edition without its content, for lists. */
	record EditionInfo(int editionNumber, LocalDate publishedOn, String title, String publishedBy) {

		static EditionInfo of(HandbookEdition e) {
			return new EditionInfo(e.editionNumber(), e.publishedOn(), e.title(), e.publishedBy());
		}

	}

	@GetMapping("/api/v1/handbooks")
	@Operation(summary = "Handbooks with their latest edition", description = "Anonymous callers get published handbooks only.",
			operationId = "listHandbooks")
	@SecurityRequirements
	List<HandbookSummary> list() {
		return handbooks.list();
	}

	@GetMapping("/api/v1/handbooks/{id:\\d+}")
	@Operation(summary = "The draft of a handbook: title, owner, foreword, chapters in order (signed-in callers)",
			operationId = "getHandbook")
	Handbook get(@PathVariable long id) {
		return handbooks.get(id);
	}

	@PostMapping("/api/v1/handbooks")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a handbook draft with its chapters (administrators, editors for their own organisation)",
			operationId = "createHandbook")
	ResponseEntity<Handbook> create(@RequestBody HandbookRequest request) {
		Handbook saved = handbooks.create(request);
		return ResponseEntity.created(URI.create("/api/v1/handbooks/" + saved.id())).body(saved);
	}

	@PutMapping("/api/v1/handbooks/{id:\\d+}")
	@Operation(summary = "Replace the draft: title, owner, foreword and chapters; published editions do not change",
			operationId = "updateHandbook")
	Handbook update(@PathVariable long id, @RequestBody HandbookRequest request) {
		return handbooks.replace(id, request);
	}

	@DeleteMapping("/api/v1/handbooks/{id:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a handbook with its editions", operationId = "deleteHandbook")
	void delete(@PathVariable long id) {
		handbooks.delete(id);
	}

	@PostMapping("/api/v1/handbooks/{id:\\d+}/editions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Publish the draft as the next edition (numbered, dated, frozen)",
			description = "When someone else publishes the same handbook at the same moment, one call gets the edition and the other 409 Conflict.",
			operationId = "publishHandbook")
	ResponseEntity<EditionInfo> publish(@PathVariable long id) {
		HandbookEdition edition = handbooks.publish(id);
		return ResponseEntity.created(URI.create("/api/v1/handbooks/" + id + "/editions/" + edition.editionNumber()))
			.body(EditionInfo.of(edition));
	}

	@GetMapping("/api/v1/handbooks/{id:\\d+}/editions")
	@Operation(summary = "Published editions, newest first", operationId = "listHandbookEditions")
	@SecurityRequirements
	List<EditionInfo> editions(@PathVariable long id) {
		return handbooks.editions(id).stream().map(EditionInfo::of).toList();
	}

	@GetMapping("/api/v1/handbooks/{id:\\d+}/editions/{number:\\d+}")
	@Operation(summary = "One published edition's content as it was frozen (texts are Markdown source)",
			operationId = "getHandbookEdition")
	@SecurityRequirements
	EditionContent edition(@PathVariable long id, @PathVariable int number) {
		return handbooks.content(handbooks.edition(id, number));
	}

	@GetMapping("/api/v1/handbooks/{id:\\d+}/editions/latest")
	@Operation(summary = "The latest published edition's content", operationId = "getLatestHandbookEdition")
	@SecurityRequirements
	EditionContent latest(@PathVariable long id) {
		return handbooks.content(handbooks.latestEdition(id));
	}

}
