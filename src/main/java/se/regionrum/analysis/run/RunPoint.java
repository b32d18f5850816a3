package se.regionrum.analysis.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.regionrum.analysis.dataset.DataSets.ServicePoint;
import se.regionrum.analysis.dataset.MunicipalityLocator;
import se.regionrum.analysis.engine.ServicePoints;

/**
 * A service point as one run sees it: the point set's points minus those a scenario closes, plus
 * those it adds. Stored points keep their seq; added ones continue after the set's highest seq,
 * so results of a scenario and its base name the same point the same way.
 */
public record RunPoint(int seq, String type, String name, String source, double x, double y, long municipalityId,
		boolean added) {

	static List<RunPoint> of(List<ServicePoint> stored, AnalysisRun run, MunicipalityLocator municipalities) {
		Set<Integer> closed = new HashSet<>(run.closedPoints());
		Set<String> types = new HashSet<>(run.serviceTypes());
		List<RunPoint> points = new ArrayList<>();
		int next = 0;
		for (ServicePoint p : stored) {
			next = Math.max(next, p.seq() + 1);
			if (!closed.contains(p.seq()) && types.contains(p.type())) {
				points.add(new RunPoint(p.seq(), p.type(), p.name(), p.source(), p.x(), p.y(), p.municipalityId(), false));
			}
		}
		MunicipalityLocator.Index index = run.addedPoints().isEmpty() ? null : municipalities.index();
		for (AnalysisRun.AddedPoint a : run.addedPoints()) {
			if (types.contains(a.type())) {
				points.add(new RunPoint(next++, a.type(), a.name(), null, a.x(), a.y(), index.locate(a.x(), a.y()), true));
			}
		}
		return points;
	}

	static ServicePoints engineInput(List<RunPoint> points, List<String> types) {
		int[] type = new int[points.size()];
		double[] x = new double[points.size()];
		double[] y = new double[points.size()];
		for (int i = 0; i < points.size(); i++) {
			type[i] = types.indexOf(points.get(i).type());
			x[i] = points.get(i).x();
			y[i] = points.get(i).y();
		}
		return new ServicePoints(types.size(), type, x, y);
	}

}
