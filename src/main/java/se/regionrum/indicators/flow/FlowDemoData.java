package se.regionrum.indicators.flow;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.regionrum.platform.DemoData;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.SystemUser;

/**
 * Loads the demo commuting flows of a data set ({@code demo/<dataset>/indicators/commuting-flows.csv},
 * made-up figures in SCB's CSV shape) through the import service as the system user, marked as
 * exempeldata, when no flow is stored yet.
 */
@Component
class FlowDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(FlowDemoData.class);


	private final String dataset;

	private final FlowQueries flows;

	private final FlowImportService imports;

	FlowDemoData(@Value("${regionrum.demo.dataset:dalarna}") String dataset, FlowQueries flows, FlowImportService imports) {
		this.dataset = dataset;
		this.flows = flows;
		this.imports = imports;
	}

	@Override
	public int order() {
		return 75;
	}

	@Override
	public boolean holdsNoData() {
		return flows.none();
	}

	@Override
	public void loadMissing() {
		SystemUser.run(this::load);
	}

	/** Imports the data set's flows; returns how many, 0 when it has none. */
	int load() {
		ClassPathResource resource = new ClassPathResource("demo/" + dataset + "/indicators/commuting-flows.csv");
		if (!resource.exists()) {
			return 0;
		}
		try (InputStream in = resource.getInputStream()) {
			FlowImportResult result = imports.importFile(resource.getFilename(), in.readAllBytes(),
					new FlowImportOptions(FlowEncoding.UTF_8, true));
			log.info("Demo data '{}': {} commuting flows (exempeldata)", dataset, result.flows());
			return result.flows();
		}
		catch (IOException | ImportRejectedException ex) {
			log.warn("Demo commuting flows not loaded: {}", ex.getMessage());
			return 0;
		}
	}

}
