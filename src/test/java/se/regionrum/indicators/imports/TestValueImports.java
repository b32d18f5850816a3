package se.regionrum.indicators.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import se.regionrum.indicators.Area;
import se.regionrum.indicators.AreaKind;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.reading.ValueImport;

/** A {@link ValueImport} for reader tests: a few Dalarna areas, values collected in a list, indicators made in memory. */
public final class TestValueImports {

	public static final List<Area> AREAS = List.of(new Area("0000", "Riket", AreaKind.COUNTRY, null, 62, 15),
			new Area("0020", "Dalarnas län", AreaKind.REGION, "20", 61, 15),
			new Area("2021", "Vansbro", AreaKind.MUNICIPALITY, "20", 60.5, 14.2),
			new Area("2031", "Rättvik", AreaKind.MUNICIPALITY, "20", 60.9, 15.1),
			new Area("2039", "Älvdalen", AreaKind.MUNICIPALITY, "20", 61.2, 14.0),
			new Area("2080", "Falun", AreaKind.MUNICIPALITY, "20", 60.6, 15.6),
			new Area("2081", "Borlänge", AreaKind.MUNICIPALITY, "20", 60.5, 15.4),
			new Area("2082", "Säter", AreaKind.MUNICIPALITY, "20", 60.3, 15.7));

	private TestValueImports() {
	}

	/** Values written and indicators made by one import. */
	public static final class Sink {

		public final List<IndicatorValue> written = new ArrayList<>();

		public final List<IndicatorRef> created = new ArrayList<>();

		public final ValueImport target;

		Sink(List<IndicatorRef> known) {
			AtomicLong ids = new AtomicLong(1000);
			target = new ValueImport(AREAS, known, written::addAll, ref -> {
				created.add(ref);
				return ids.incrementAndGet();
			});
		}

	}

	public static Sink of(IndicatorRef... known) {
		return new Sink(List.of(known));
	}

	public static IndicatorRef kolada(long id, String kpi) {
		return new IndicatorRef(id, kpi, kpi, "antal", null, IndicatorSource.KOLADA, kpi, null, true);
	}

	public static IndicatorRef scb(long id, String code, String table, String contents) {
		return new IndicatorRef(id, code, code, "antal", null, IndicatorSource.SCB, table, contents, true);
	}

	public static IndicatorRef own(long id, String code) {
		return new IndicatorRef(id, code, code, "antal", null, IndicatorSource.OWN, null, null, true);
	}

}
