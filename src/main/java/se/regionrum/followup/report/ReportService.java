package se.regionrum.followup.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.Organisations;
import se.regionrum.actors.People;
import se.regionrum.actors.WorkingGroups;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.Meetings;
import se.regionrum.followup.programme.ActionArea;
import se.regionrum.followup.programme.ActionAreaService;
import se.regionrum.followup.programme.Activity;
import se.regionrum.followup.programme.ActivityKind;
import se.regionrum.followup.programme.ActivityService;
import se.regionrum.followup.programme.CostLineService;
import se.regionrum.followup.programme.CostTable;
import se.regionrum.followup.programme.Measure;
import se.regionrum.followup.programme.Partner;
import se.regionrum.followup.programme.Programme;
import se.regionrum.followup.programme.ProgrammeService;
import se.regionrum.indicators.Area;
import se.regionrum.indicators.Areas;
import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.Indicators;
import se.regionrum.initiatives.InitiativeRef;
import se.regionrum.initiatives.Initiatives;
import se.regionrum.platform.NumberText;
import se.regionrum.strategy.PlanCoverage;
import se.regionrum.strategy.Plans;

/**
 * Makes a programme's final report from its data, computing the measured results from the other
 * modules at that moment. Whoever may see the programme may make its report (visitors: published
 * programmes only).
 */
@Service
public class ReportService {

	private final ProgrammeService programmes;

	private final ActionAreaService areaService;

	private final ActivityService activityService;

	private final CostLineService costService;

	private final Plans plans;

	private final Meetings meetings;

	private final Initiatives initiatives;

	private final Organisations organisations;

	private final People people;

	private final WorkingGroups workingGroups;

	private final MessageSource messages;

	private final String regionName;

	private final se.regionrum.platform.PdfDocuments pdfs;

	private final Indicators indicators;

	private final Areas areas;

	private final Clock clock;

	ReportService(ProgrammeService programmes, ActionAreaService areaService, ActivityService activityService,
			CostLineService costService, Plans plans, Meetings meetings, Initiatives initiatives,
			Organisations organisations, People people, WorkingGroups workingGroups, MessageSource messages,
			@Value("${regionrum.region.name:}") String regionName, se.regionrum.platform.PdfDocuments pdfs,
			Indicators indicators, Areas areas, Clock clock) {
		this.indicators = indicators;
		this.areas = areas;
		this.pdfs = pdfs;
		this.programmes = programmes;
		this.areaService = areaService;
		this.activityService = activityService;
		this.costService = costService;
		this.plans = plans;
		this.meetings = meetings;
		this.initiatives = initiatives;
		this.organisations = organisations;
		this.people = people;
		this.workingGroups = workingGroups;
		this.messages = messages;
		this.regionName = regionName;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public FinalReport report(long programmeId, ReportOptions options) {
		Locale locale = LocaleContextHolder.getLocale();
		Programme p = programmes.get(programmeId);
		ReportOptions o = options == null ? ReportOptions.all() : options;
		LocalDate from = o.fromYear() == null ? p.startDate() : max(p.startDate(), LocalDate.of(o.fromYear(), 1, 1));
		LocalDate to = o.toYear() == null ? p.endDate() : min(p.endDate(), LocalDate.of(o.toYear(), 12, 31));
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		LocalDate asOf = min(to, today);

		List<Activity> activities = activityService.activities(programmeId).stream()
			.filter(a -> a.activityDate() == null || (!a.activityDate().isBefore(from) && !a.activityDate().isAfter(to)))
			.toList();
		Map<Long, MeetingRef> meetingRefs = meetings.findAll(activities.stream()
			.filter(a -> a.meetingId() != null).map(Activity::meetingId).toList());
		Map<Long, Meetings.SeriesRef> seriesRefs = meetings.findSeries(activities.stream()
			.filter(a -> a.seriesId() != null).map(Activity::seriesId).toList());
		List<FinalReport.Area> areas = new ArrayList<>();
		for (ActionArea area : areaService.actionAreas(programmeId)) {
			List<FinalReport.ActivityLine> lines = activities.stream()
				.filter(a -> a.actionAreaId() == area.id())
				.filter(a -> a.meetingId() == null || meetingRefs.containsKey(a.meetingId()))
				.filter(a -> a.seriesId() == null || seriesRefs.containsKey(a.seriesId()))
				.map(a -> new FinalReport.ActivityLine(a.activityDate(),
						messages.getMessage("followup.activityKind." + a.kind(), null, a.kind().name(), locale),
						a.title(), a.place(), a.participants(), a.account()))
				.toList();
			areas.add(new FinalReport.Area(area.name(), area.description(), lines));
		}

		CostTable costs = CostTable.of(costService.costLines(programmeId), costService.costKinds(), locale,
				from.getYear(), to.getYear());

		List<FinalReport.PartnerLine> partners = programmes.partners(programmeId).stream()
			.map((Partner x) -> new FinalReport.PartnerLine(x.name(), x.role()))
			.toList();
		String workingGroup = p.workingGroupId() == null ? null
				: workingGroups.find(p.workingGroupId()).map(WorkingGroups.WorkingGroupRef::name).orElse(null);

		List<Long> outcomeIds = programmes.outcomeIds(programmeId);
		List<FinalReport.MeasuredResult> measured = new ArrayList<>();
		// A programme measures its own county's municipalities: a region's programme those of the region.
		String county = organisations.find(p.ownerOrganisationId()).map(owner -> owner.countyCode()).orElse(null);
		for (Measure m : programmes.measures(programmeId)) {
			FinalReport.MeasuredResult r = measure(m, activities, seriesRefs, outcomeIds, county, from, to, asOf, now,
					locale);
			if (r != null) {
				measured.add(r);
			}
		}
		List<String> outcomes = initiatives.findAll(outcomeIds).values().stream().map(InitiativeRef::title).toList();

		FinalReport.Contact contact = p.contactPersonId() == null ? null
				: people.contact(p.contactPersonId())
					.map(c -> new FinalReport.Contact(c.name(), c.title(),
							c.organisationId() == null ? null : organisations.find(c.organisationId()).map(x -> x.name()).orElse(null),
							c.email(), c.phone()))
					.orElse(null);
		String owner = organisations.find(p.ownerOrganisationId()).map(x -> x.name()).orElse("");
		String kind = messages.getMessage("followup.programmeKind." + p.kind(), null, p.kind().name(), locale);
		return new FinalReport(p.id(), p.name(), kind, p.summary(), p.purpose(), p.goals(), from, to, owner,
				regionName == null || regionName.isBlank() ? owner : regionName, now, o, areas, activities.size(), costs,
				partners, workingGroup, programmes.results(programmeId), measured, programmes.lessons(programmeId),
				p.dissemination(), contact, outcomes);
	}

	/** The report as a tagged PDF laid out like a printed final report, from the same template as the page. */
	public byte[] pdf(FinalReport report, Locale locale) {
		return pdfs.render("followup/report/pdf", Map.of("report", report, "regionName", report.regionName()), locale);
	}

	/** The HTML the PDF is made from, for tests and the benchmark. */
	public String pdfHtml(FinalReport report, Locale locale) {
		return pdfs.html("followup/report/pdf", Map.of("report", report, "regionName", report.regionName()), locale);
	}

	private FinalReport.MeasuredResult measure(Measure m, List<Activity> activities,
			Map<Long, Meetings.SeriesRef> seriesRefs, List<Long> outcomeIds, String county, LocalDate from,
			LocalDate to, LocalDate asOf, Instant now, Locale locale) {
		String source = messages.getMessage("followup.measure." + m.kind() + ".source", null, "", locale);
		switch (m.kind()) {
			case PLAN_COVERAGE -> {
				PlanCoverage c = plans.coverage(m.planTypeCode(), asOf, county).orElse(null);
				if (c == null) {
					return null;
				}
				String plural = c.planTypePluralName() == null ? c.planTypeName() : c.planTypePluralName();
				return new FinalReport.MeasuredResult(text(m, locale, c.current(), c.municipalities(), plural), source,
						asOf, now);
			}
			case MEETINGS_AND_PARTICIPANTS -> {
				java.util.Set<Long> meetingIds = new java.util.LinkedHashSet<>(activities.stream()
					.filter(a -> a.kind() == ActivityKind.MEETING && a.meetingId() != null).map(Activity::meetingId).toList());
				activities.stream().filter(a -> a.kind() == ActivityKind.SERIES && seriesRefs.containsKey(a.seriesId()))
					.forEach(a -> meetingIds.addAll(seriesRefs.get(a.seriesId()).meetingIds()));
				Meetings.MeetingFigures figures = meetings.figures(meetingIds, asOf);
				List<Activity> own = activities.stream()
					.filter(a -> a.kind() != ActivityKind.MEETING && a.kind() != ActivityKind.SERIES && a.activityDate() != null
							&& !a.activityDate().isAfter(asOf))
					.toList();
				long held = figures.held() + own.size();
				long people = figures.participants()
						+ own.stream().mapToLong(a -> a.participants() == null ? 0 : a.participants()).sum();
				return new FinalReport.MeasuredResult(text(m, locale, held, people), source, asOf, now);
			}
			case INITIATIVES_STARTED -> {
				Initiatives.OutcomeFigures f = initiatives.figures(outcomeIds);
				return new FinalReport.MeasuredResult(text(m, locale, f.started(), f.initiatives()), source, asOf, now);
			}
			case OBSTACLES_REMOVED -> {
				Initiatives.OutcomeFigures f = initiatives.figures(outcomeIds);
				return new FinalReport.MeasuredResult(text(m, locale, f.obstaclesRemoved()), source, asOf, now);
			}
			case FUNDING_GRANTED -> {
				Initiatives.OutcomeFigures f = initiatives.figures(outcomeIds);
				return new FinalReport.MeasuredResult(text(m, locale, NumberText.integer(f.fundingGranted(), locale)),
						source, asOf, now);
			}
			case INDICATOR -> {
				return indicatorResult(m, county, from, to, source, asOf, now, locale);
			}
			default -> {
				return null;
			}
		}
	}

	/**
	 * An indicator's regional values (all genders) in the first and the latest year of the period that have
	 * one, with the change between them; the region is the owner's county, else the installation's.
	 */
	private FinalReport.MeasuredResult indicatorResult(Measure m, String county, LocalDate from, LocalDate to,
			String source, LocalDate asOf, Instant now, Locale locale) {
		IndicatorRef indicator = m.indicatorId() == null ? null : indicators.find(m.indicatorId()).orElse(null);
		if (indicator == null) {
			return null;
		}
		String countyCode = county == null || county.isBlank() ? areas.homeCountyCode() : county;
		String areaCode = countyCode == null || countyCode.isBlank() ? Area.COUNTRY : Area.regionCode(countyCode.trim());
		String areaName = areas.find(areaCode).map(Area::name).orElse(areaCode);
		List<IndicatorValue> inPeriod = indicators.series(List.of(indicator.id()), areaCode, Gender.T)
			.getOrDefault(indicator.id(), List.of()).stream()
			.filter(v -> v.present() && v.year() >= from.getYear() && v.year() <= to.getYear())
			.sorted(java.util.Comparator.comparingInt(IndicatorValue::year))
			.toList();
		String sourceText = messages.getMessage("followup.measure.INDICATOR.source",
				new Object[] { messages.getMessage(indicator.source().messageKey(), null, indicator.source().name(), locale),
						indicator.sourceId() == null ? "" : indicator.sourceId() }, source, locale);
		if (inPeriod.isEmpty()) {
			return new FinalReport.MeasuredResult(messages.getMessage("followup.measure.INDICATOR.none",
					new Object[] { indicator.name(), areaName, String.valueOf(from.getYear()),
							String.valueOf(to.getYear()) }, locale), sourceText, asOf, now);
		}
		IndicatorValue first = inPeriod.get(0);
		IndicatorValue latest = inPeriod.get(inPeriod.size() - 1);
		if (first.year() == latest.year()) {
			return new FinalReport.MeasuredResult(messages.getMessage("followup.measure.INDICATOR.single",
					new Object[] { indicator.name(), areaName, NumberText.decimal(latest.value(), 1, locale),
							indicator.unit(), String.valueOf(latest.year()) }, locale), sourceText, asOf, now);
		}
		double change = latest.value() - first.value();
		String changeText = (change > 0 ? "+" : "") + NumberText.decimal(change, 1, locale);
		return new FinalReport.MeasuredResult(messages.getMessage("followup.measure.INDICATOR.text",
				new Object[] { indicator.name(), areaName, NumberText.decimal(first.value(), 1, locale),
						String.valueOf(first.year()), NumberText.decimal(latest.value(), 1, locale),
						String.valueOf(latest.year()), changeText, indicator.unit() }, locale), sourceText, asOf, now);
	}

	private String text(Measure m, Locale locale, Object... args) {
		Object[] shown = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			shown[i] = args[i] instanceof Number n ? NumberText.integer(n, locale) : args[i];
		}
		return messages.getMessage("followup.measure." + m.kind() + ".text", shown, locale);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
