package se.regionrum.dialogue.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;

/**
 * 500 people from 50 organisations register for one meeting at the same moment (capacity 40,
 * at most 3 per organisation). No meeting and no organisation is ever over its limit, and every
 * registration is answered: confirmed, wait-listed or refused with a reason. Runs on H2 and, with
 * {@code -Dregionrum.test.profile=postgres}, on PostgreSQL.
 */
@SpringBootTest
class RegistrationConcurrencyTest {

	static final int PEOPLE = 500;

	static final int ORGANISATIONS = 50;

	static final int CAPACITY = 40;

	static final int QUOTA = 3;

	@Autowired
	RegistrationService registrations;

	@Autowired
	MeetingService meetings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveHundredSimultaneousRegistrationsKeepCapacityAndQuota() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Meeting meeting = DialogueFixtures.create(meetings,
				DialogueFixtures.form("Rusning " + run, LocalDate.now().plusDays(30), CAPACITY, QUOTA));

		ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
		CountDownLatch ready = new CountDownLatch(PEOPLE);
		CountDownLatch start = new CountDownLatch(1);
		Map<RegistrationStatus, AtomicInteger> byStatus = new EnumMap<>(RegistrationStatus.class);
		for (RegistrationStatus s : RegistrationStatus.values()) {
			byStatus.put(s, new AtomicInteger());
		}
		Map<String, AtomicInteger> confirmedPerOrganisation = new ConcurrentHashMap<>();
		List<Future<Outcome>> futures = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			int n = i;
			futures.add(pool.submit(() -> {
				String organisation = "Testkommun " + run + " nr " + (n % ORGANISATIONS);
				RegistrationForm form = new RegistrationForm("Person " + n, "person" + n + "-" + run + "@example.org",
						organisation, null, null, true);
				ready.countDown();
				start.await();
				List<Outcome> outcomes = registrations.register(meeting.id(), form);
				assertThat(outcomes).hasSize(1);
				Outcome outcome = outcomes.get(0);
				byStatus.get(outcome.status()).incrementAndGet();
				if (outcome.status() == RegistrationStatus.CONFIRMED) {
					confirmedPerOrganisation.computeIfAbsent(organisation, k -> new AtomicInteger()).incrementAndGet();
				}
				if (outcome.status() == RegistrationStatus.REFUSED) {
					assertThat(outcome.reason()).isNotNull();
				}
				return outcome;
			}));
		}
		assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
		start.countDown();
		int answered = 0;
		for (Future<Outcome> future : futures) {
			future.get(120, TimeUnit.SECONDS);
			answered++;
		}
		pool.shutdown();

		int confirmed = byStatus.get(RegistrationStatus.CONFIRMED).get();
		int waitlisted = byStatus.get(RegistrationStatus.WAITLISTED).get();
		int refused = byStatus.get(RegistrationStatus.REFUSED).get();
		assertThat(answered).isEqualTo(PEOPLE);
		assertThat(confirmed + waitlisted + refused).isEqualTo(PEOPLE);
		assertThat(confirmed).isEqualTo(CAPACITY);
		assertThat(confirmed + waitlisted).isEqualTo(ORGANISATIONS * QUOTA);
		assertThat(confirmedPerOrganisation.values()).allSatisfy(c -> assertThat(c.get()).isLessThanOrEqualTo(QUOTA));

		// the database agrees
		assertThat(registrations.count(meeting.id(), RegistrationStatus.CONFIRMED)).isEqualTo(confirmed);
		assertThat(registrations.count(meeting.id(), RegistrationStatus.WAITLISTED)).isEqualTo(waitlisted);
		List<Integer> perOrganisation = jdbc.sql("""
				select count(*) from meeting_registration where meeting_id = ? and status in ('CONFIRMED', 'WAITLISTED')
				group by organisation_key""")
			.param(meeting.id())
			.query(Integer.class)
			.list();
		assertThat(perOrganisation).hasSize(ORGANISATIONS).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(QUOTA));
		List<Integer> confirmedInDb = jdbc.sql("""
				select count(*) from meeting_registration where meeting_id = ? and status = 'CONFIRMED'
				group by organisation_key""")
			.param(meeting.id())
			.query(Integer.class)
			.list();
		assertThat(confirmedInDb).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(QUOTA));
	}

}
