package se.regionrum.analysis.network;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

import crosby.binary.Osmformat;
import se.regionrum.analysis.input.OsmParser;
import se.regionrum.analysis.input.OsmTags;

/**
 * The first pass of {@link OsmRoadNetworkReader}: the ways its profile uses, kept as columns of
 * primitives (node ids of all ways in one {@code long[]}, a start offset, speed and direction per
 * way), since a national extract has millions of them.
 */
final class OsmRoadWays extends OsmParser {

	private final WayProfile profile;
	private final LongConsumer waysRead;
	private final OsmTags tags = new OsmTags();

	long[] refs = new long[1 << 16];
	int refCount;
	int[] start = new int[1 << 12];
	float[] kmh = new float[1 << 12];
	byte[] direction = new byte[1 << 12];
	int wayCount;
	long read;

	OsmRoadWays(WayProfile profile, LongConsumer waysRead) {
		this.profile = profile;
		this.waysRead = waysRead;
	}

	@Override
	protected void parseWays(List<Osmformat.Way> ways) {
		for (Osmformat.Way way : ways) {
			tags.clear();
			for (int i = 0; i < way.getKeysCount(); i++) {
				tags.add(getStringById(way.getKeys(i)), getStringById(way.getVals(i)));
			}
			double speed = profile.speedKmh(tags);
			if (speed <= 0 || way.getRefsCount() < 2) {
				continue;
			}
			addWay(way, (float) speed, (byte) profile.direction(tags));
		}
		read += ways.size();
		waysRead.accept(read);
	}

	private void addWay(Osmformat.Way way, float speed, byte dir) {
		if (wayCount + 1 >= start.length) {
			start = Arrays.copyOf(start, start.length * 2);
			kmh = Arrays.copyOf(kmh, kmh.length * 2);
			direction = Arrays.copyOf(direction, direction.length * 2);
		}
		int n = way.getRefsCount();
		if (refCount + n > refs.length) {
			refs = Arrays.copyOf(refs, Math.max(refs.length * 2, refCount + n));
		}
		start[wayCount] = refCount;
		kmh[wayCount] = speed;
		direction[wayCount] = dir;
		long id = 0;
		for (int i = 0; i < n; i++) {
			id += way.getRefs(i);
			refs[refCount++] = id;
		}
		wayCount++;
		start[wayCount] = refCount;
	}





}
