package se.regionrum.analysis.location;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable job of a location analysis: {@link LocationService} queues one per analysis in the
 * transaction that stores it, and {@link LocationExecutor} carries it out on the server that claims it.
 */
@Configuration(proxyBeanMethods = false)
class LocationJob {

	@Bean
	Task<Void> analysisLocationTask(LocationExecutor executor) {
		return Tasks.custom(LocationExecutor.TASK)
			.execute((instance, context) -> executor.execute(Long.parseLong(instance.getId()),
					context.getSchedulerState()));
	}

}
