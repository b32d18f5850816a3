package se.regionrum.strategy.issue;

import org.springframework.data.repository.ListCrudRepository;

interface IssueRepository extends ListCrudRepository<Issue, Long> {

}
