package se.regionrum.platform.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	Optional<UserAccount> findByEmailIgnoreCase(String email);

	List<UserAccount> findAllByOrderByUsername();

	/** How many accounts are scoped to the organisation. */
	long countByOrganisationId(Long organisationId);

}
