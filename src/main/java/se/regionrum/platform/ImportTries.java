package se.regionrum.platform;

import java.util.Optional;
import java.util.function.IntPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One try of a durable import job ({@link ImportTasks}): the first, or another server's after the
 * one that tried died. Counts the try, fails the job once it has been started more than
 * {@link Jobs#maxTries()} times or when the account that queued it has been disabled, and otherwise
 * reads it as that user, so that the module's services check and audit the import as theirs. The
 * job's directory is deleted when the try has ended the job, never while a later try may need it.
 */
@Component
public class ImportTries {

	private static final Logger log = LoggerFactory.getLogger(ImportTries.class);

	private final Jobs jobs;

	private final Accounts accounts;

	private final Uploads uploads;

	private final TransactionTemplate transaction;

	ImportTries(Jobs jobs, Accounts accounts, Uploads uploads, PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.accounts = accounts;
		this.uploads = uploads;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * @param table the module's job table
	 * @param workDir the job's directory, relative to the upload directory
	 * @param messages the prefix of the module's failure messages ({@code <prefix>.failed.tries},
	 *        {@code <prefix>.failed.user})
	 * @param read reads the job, given the number of this try, as the user who queued it; true when
	 *        this try ended the job (a later try may have taken it over meanwhile)
	 */
	public void run(ImportJobQueries table, long id, String workDir, String messages, IntPredicate read) {
		int attempt = transaction.execute(tx -> table.startTry(id));
		if (attempt == 0) {
			// an earlier try ended the job, and its server died before telling the scheduler
			uploads.delete(workDir);
			return;
		}
		boolean ended;
		if (attempt > jobs.maxTries()) {
			log.warn("Import job {} ({}) started {} times without finishing: failed", id, messages, attempt - 1);
			ended = table.markFailed(id, attempt, messages + ".failed.tries", (attempt - 1) + " tries");
		}
		else {
			Optional<CurrentUser> user = table.startedAs(id).flatMap(accounts::asNow);
			ended = user.isEmpty() ? table.markFailed(id, attempt, messages + ".failed.user", null)
					: SystemUser.callAs(user.get(), () -> read.test(attempt));
		}
		if (ended) {
			uploads.delete(workDir);
		}
	}

}
