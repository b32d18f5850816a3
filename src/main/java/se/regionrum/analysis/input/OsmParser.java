package se.regionrum.analysis.input;

import java.util.List;

import crosby.binary.BinaryParser;
import crosby.binary.Osmformat;

/**
 * A {@link BinaryParser} that ignores every element kind its subclass does not override, since
 * each of our passes over a PBF file wants only one or two of them.
 */
public abstract class OsmParser extends BinaryParser {

	@Override
	protected void parseDense(Osmformat.DenseNodes nodes) {
		// not wanted by this pass
	}

	@Override
	protected void parseNodes(List<Osmformat.Node> nodes) {
		// not wanted by this pass
	}

	@Override
	protected void parseWays(List<Osmformat.Way> ways) {
		// not wanted by this pass
	}

	@Override
	protected void parseRelations(List<Osmformat.Relation> relations) {
		// no pass reads relations: turn restrictions and multipolygon shops are not modelled
	}

	@Override
	protected void parse(Osmformat.HeaderBlock header) {
		// the header's bounding box and required features are not checked
	}

	@Override
	public void complete() {
		// callers take the results from the subclass's fields
	}
}
