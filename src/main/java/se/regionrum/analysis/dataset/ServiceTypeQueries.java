package se.regionrum.analysis.dataset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service types in their sort order. */
@Repository
public class ServiceTypeQueries {

	private final JdbcClient jdbc;

	ServiceTypeQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ServiceType> all() {
		return jdbc.sql("select code, name_sv, name_en, sort_order from analysis_service_type order by sort_order, code")
			.query((rs, n) -> new ServiceType(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	public Map<String, ServiceType> byCode() {
		return all().stream()
			.collect(Collectors.toMap(ServiceType::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	public Optional<ServiceType> find(String code) {
		return Optional.ofNullable(byCode().get(code));
	}

}
