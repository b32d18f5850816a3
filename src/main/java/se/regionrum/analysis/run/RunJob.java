package se.regionrum.analysis.run;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable job of an analysis run, for the server's job scheduler: {@link RunService} queues one
 * per run in the transaction that stores the run, and {@link RunExecutor} carries it out on the
 * server that claims it. A job whose server died is revived for another server (db-scheduler's
 * default); a job that fails outside the run's own error handling (the database gone, say) is tried
 * again after five minutes, each start counted against the run's tries.
 */
@Configuration(proxyBeanMethods = false)
class RunJob {

	@Bean
	Task<Void> analysisRunTask(RunExecutor executor) {
		return Tasks.custom(RunExecutor.TASK)
			.execute((instance, context) -> executor.execute(Long.parseLong(instance.getId()),
					context.getSchedulerState()));
	}

}
