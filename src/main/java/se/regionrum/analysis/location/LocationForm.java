package se.regionrum.analysis.location;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * The start form of a location analysis. Sites drawn on the map (or typed) come as lines
 * "latitude;longitude;name" in WGS84, the map's coordinates; an uploaded file has columns x, y and
 * optionally name in SWEREF 99 TM, as GIS tools export them.
 */
public class LocationForm {

	private String serviceType;

	private CandidateKind candidates = CandidateKind.CELLS;

	private MultipartFile file;

	private String sites;

	private Integer siteCount = 3;

	private Objective objective = Objective.MEDIAN;

	private Integer coverMinutes;

	private List<Long> municipalities = new ArrayList<>();

	private boolean relocate;

	private String closablePoints;

	private Integer minPopulation = RoadJunctions.DEFAULT_MIN_POPULATION;

	public String getServiceType() {
		return serviceType;
	}

	public void setServiceType(String serviceType) {
		this.serviceType = serviceType;
	}

	public CandidateKind getCandidates() {
		return candidates;
	}

	public void setCandidates(CandidateKind candidates) {
		this.candidates = candidates;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getSites() {
		return sites;
	}

	public void setSites(String sites) {
		this.sites = sites;
	}

	public Integer getSiteCount() {
		return siteCount;
	}

	public void setSiteCount(Integer siteCount) {
		this.siteCount = siteCount;
	}

	public Objective getObjective() {
		return objective;
	}

	public void setObjective(Objective objective) {
		this.objective = objective;
	}

	public Integer getCoverMinutes() {
		return coverMinutes;
	}

	public void setCoverMinutes(Integer coverMinutes) {
		this.coverMinutes = coverMinutes;
	}

	public List<Long> getMunicipalities() {
		return municipalities;
	}

	public void setMunicipalities(List<Long> municipalities) {
		this.municipalities = municipalities == null ? new ArrayList<>() : municipalities;
	}

	public boolean isRelocate() {
		return relocate;
	}

	public void setRelocate(boolean relocate) {
		this.relocate = relocate;
	}

	public String getClosablePoints() {
		return closablePoints;
	}

	public void setClosablePoints(String closablePoints) {
		this.closablePoints = closablePoints;
	}

	public Integer getMinPopulation() {
		return minPopulation;
	}

	public void setMinPopulation(Integer minPopulation) {
		this.minPopulation = minPopulation;
	}

	public LocationRequest request(List<LocationRequest.Site> listed, List<Integer> closable) {
		return new LocationRequest(serviceType, candidates, listed, siteCount, objective, coverMinutes, municipalities,
				closable, minPopulation);
	}

}
