package se.regionrum.analysis.run;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * The start form of a run; thresholds are typed as whole minutes separated by commas. Lengths and
 * bounds are checked by {@link RunService}, so that the page and the API give the same message
 * naming the field.
 */
public class StartForm {

	private String name;

	@NotNull
	private Long gridId;

	@NotNull
	private Long networkId;

	@NotNull
	private Long pointSetId;

	@NotNull
	private Double cellSnapMeters;

	@NotNull
	private Double pointSnapMeters;

	/** Blank for the default of the network's travel mode. */
	private Double connectorSpeedKmh;

	@NotNull
	private String thresholds;

	/** The choices the user saw the coverage warnings for and chose to run anyway (see {@link #choices()}). */
	private String confirmed;

	static StartForm defaults() {
		RunSettings d = RunSettings.defaults();
		StartForm form = new StartForm();
		form.cellSnapMeters = d.cellSnapMeters();
		form.pointSnapMeters = d.pointSnapMeters();
		form.thresholds = String.join(", ", d.thresholdMinutes().stream().map(String::valueOf).toList());
		return form;
	}

	/** The thresholds as numbers, or {@code null} when the text is not a list of whole numbers. */
	List<Integer> thresholdList() {
		List<Integer> values = new ArrayList<>();
		for (String part : thresholds == null ? new String[0] : thresholds.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				values.add(Integer.valueOf(part.strip()));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return values;
	}

	/** The data sets and snap distances, the choices a coverage warning is about. */
	String choices() {
		return gridId + "/" + networkId + "/" + pointSetId + "/" + cellSnapMeters + "/" + pointSnapMeters;
	}

	/** Whether the user has seen the warnings for exactly these choices and starts anyway. */
	boolean confirmedAsIs() {
		return choices().equals(confirmed);
	}

	RunRequest request() {
		return new RunRequest(name, gridId, networkId, pointSetId,
				new RunSettings(cellSnapMeters, pointSnapMeters, connectorSpeedKmh == null ? 0 : connectorSpeedKmh,
						thresholdList()),
				null);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getGridId() {
		return gridId;
	}

	public void setGridId(Long gridId) {
		this.gridId = gridId;
	}

	public Long getNetworkId() {
		return networkId;
	}

	public void setNetworkId(Long networkId) {
		this.networkId = networkId;
	}

	public Long getPointSetId() {
		return pointSetId;
	}

	public void setPointSetId(Long pointSetId) {
		this.pointSetId = pointSetId;
	}

	public Double getCellSnapMeters() {
		return cellSnapMeters;
	}

	public void setCellSnapMeters(Double cellSnapMeters) {
		this.cellSnapMeters = cellSnapMeters;
	}

	public Double getPointSnapMeters() {
		return pointSnapMeters;
	}

	public void setPointSnapMeters(Double pointSnapMeters) {
		this.pointSnapMeters = pointSnapMeters;
	}

	public Double getConnectorSpeedKmh() {
		return connectorSpeedKmh;
	}

	public void setConnectorSpeedKmh(Double connectorSpeedKmh) {
		this.connectorSpeedKmh = connectorSpeedKmh;
	}

	public String getConfirmed() {
		return confirmed;
	}

	public void setConfirmed(String confirmed) {
		this.confirmed = confirmed;
	}

	public String getThresholds() {
		return thresholds;
	}

	public void setThresholds(String thresholds) {
		this.thresholds = thresholds;
	}

}
