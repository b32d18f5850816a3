package se.regionrum.indicators.imports;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.platform.LargeUploads;

/** Indicator imports take national Kolada files (all municipalities, many KPIs): past the ordinary upload limit. */
@Configuration(proxyBeanMethods = false)
class IndicatorImportPages {

	@Bean
	LargeUploads indicatorImportUploads() {
		return new LargeUploads(List.of("/indicators/imports", "/api/v1/indicators/imports"));
	}

}
