package se.regionrum.followup.programme;

import static se.regionrum.platform.Text.blank;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.Meetings;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;

/**
 * The use cases of a programme's activities; who may read or change them is decided by the programme
 * ({@link ProgrammeService#get}, {@link ProgrammeService#requireEditor}).
 */
@Service
public class ActivityService {

	static final String AUDIT = "activity";

	private final ProgrammeService programmes;

	private final ActivityRepository activities;

	private final ActionAreaRepository areas;

	private final AuditLog audit;

	private final Meetings meetings;

	ActivityService(ProgrammeService programmes, ActivityRepository activities, ActionAreaRepository areas,
			AuditLog audit, Meetings meetings) {
		this.programmes = programmes;
		this.activities = activities;
		this.areas = areas;
		this.audit = audit;
		this.meetings = meetings;
	}

	public List<Activity> activities(long programmeId) {
		programmes.get(programmeId);
		return activities.findByProgrammeIdOrderByActivityDateAscIdAsc(programmeId);
	}

	public Activity activity(long id) {
		Activity activity = activities.findById(id).orElseThrow(() -> new NotFoundException("Activity", id));
		programmes.get(activity.programmeId());
		return activity;
	}

	@Transactional
	public Activity addActivity(long programmeId, ActivityForm form) {
		Programme programme = programmes.get(programmeId);
		programmes.requireEditor(programme);
		Resolved r = resolve(programme, form);
		InvalidInputException.throwFirst(r.problems());
		Instant now = Instant.now();
		Activity saved = activities.save(new Activity(null, null, programmeId, form.getActionAreaId(), form.getKind(),
				r.title(), r.date(), blank(form.getPlace()), form.getParticipants(), blank(form.getAccount()),
				form.getKind() == ActivityKind.MEETING ? form.getMeetingId() : null,
				form.getKind() == ActivityKind.SERIES ? form.getSeriesId() : null, now, now));
		audit.created(AUDIT, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public Activity updateActivity(long id, ActivityForm form) {
		Activity before = activity(id);
		Programme programme = programmes.get(before.programmeId());
		programmes.requireEditor(programme);
		Resolved r = resolve(programme, form);
		InvalidInputException.throwFirst(r.problems());
		Activity saved = activities.save(new Activity(id, before.version(), before.programmeId(),
				form.getActionAreaId(), form.getKind(), r.title(), r.date(), blank(form.getPlace()),
				form.getParticipants(), blank(form.getAccount()),
				form.getKind() == ActivityKind.MEETING ? form.getMeetingId() : null,
				form.getKind() == ActivityKind.SERIES ? form.getSeriesId() : null, before.createdAt(), Instant.now()));
		audit.updated(AUDIT, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void deleteActivity(long id) {
		Activity before = activity(id);
		programmes.requireEditor(programmes.get(before.programmeId()));
		activities.deleteById(id);
		audit.deleted(AUDIT, id, before.auditValues());
	}

	/** The rules of an activity form that need the programme, its action areas or the dialogue module. */
	public List<InvalidInputException> problems(long programmeId, ActivityForm form) {
		return resolve(programmes.get(programmeId), form).problems();
	}

	private record Resolved(String title, LocalDate date, List<InvalidInputException> problems) {
	}

	private Resolved resolve(Programme programme, ActivityForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		String title = blank(form.getTitle());
		LocalDate date = form.getActivityDate();
		String dateField = "activityDate";
		if (form.getActionAreaId() != null && areas.findById(form.getActionAreaId())
			.filter(a -> a.programmeId() == programme.id())
			.isEmpty()) {
			problems.add(new InvalidInputException("actionAreaId", "followup.activity.actionArea.unknown"));
		}
		if (form.getKind() == ActivityKind.MEETING) {
			Optional<MeetingRef> meeting = form.getMeetingId() == null ? Optional.empty()
					: Optional.ofNullable(meetings.findAll(List.of(form.getMeetingId())).get(form.getMeetingId()));
			if (meeting.isEmpty()) {
				problems.add(new InvalidInputException("meetingId", "followup.activity.meeting.required"));
			}
			else {
				if (title == null) {
					title = meeting.get().title();
				}
				if (date == null) {
					date = meeting.get().date();
					dateField = "meetingId";
				}
			}
		}
		if (form.getKind() == ActivityKind.SERIES) {
			Meetings.SeriesRef series = form.getSeriesId() == null ? null
					: meetings.findSeries(List.of(form.getSeriesId())).get(form.getSeriesId());
			if (series == null) {
				problems.add(new InvalidInputException("seriesId", "followup.activity.series.required"));
			}
			else {
				if (title == null) {
					title = series.title();
				}
				if (date == null) {
					date = series.firstDate();
					dateField = "seriesId";
					if (series.lastDate() != null && !programme.covers(series.lastDate())) {
						problems.add(new InvalidInputException("seriesId", "followup.activity.outsidePeriod"));
					}
				}
			}
		}
		if (title == null && form.getKind() != ActivityKind.MEETING && form.getKind() != ActivityKind.SERIES) {
			problems.add(new InvalidInputException("title", "followup.activity.title.required"));
		}
		if (date != null && !programme.covers(date) && problems.stream().noneMatch(p -> p.field().equals("seriesId"))) {
			problems.add(new InvalidInputException(dateField, "followup.activity.outsidePeriod"));
		}
		return new Resolved(title, date, problems);
	}

}
