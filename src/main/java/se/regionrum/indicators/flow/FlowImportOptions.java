package se.regionrum.indicators.flow;

/**
 * What an import is told besides the file.
 *
 * @param encoding how a CSV file is decoded (JSON is always UTF-8)
 * @param example whether the figures are illustrative (exempeldata), not published ones
 */
public record FlowImportOptions(FlowEncoding encoding, boolean example) {

	public FlowImportOptions {
		encoding = encoding == null ? FlowEncoding.AUTO : encoding;
	}

	public static FlowImportOptions defaults() {
		return new FlowImportOptions(FlowEncoding.AUTO, false);
	}

}
