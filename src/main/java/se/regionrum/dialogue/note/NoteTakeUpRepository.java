package se.regionrum.dialogue.note;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface NoteTakeUpRepository extends ListCrudRepository<NoteTakeUp, Long> {

	List<NoteTakeUp> findByNoteIdOrderById(long noteId);

}
