package se.regionrum.initiatives.funding;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface FundingRepository extends ListCrudRepository<FundingLine, Long> {

	List<FundingLine> findByInitiativeIdOrderByFundingYearAscIdAsc(long initiativeId);

}
