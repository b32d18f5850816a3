package se.regionrum.indicators.imports;

import com.github.kagkarlsson.scheduler.task.helper.CustomTask;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.platform.ImportTasks;

/** The durable job of indicator imports, which every server's scheduler runs. */
@Configuration(proxyBeanMethods = false)
class IndicatorImportScheduling {

	@Bean
	CustomTask<Void> indicatorImportTask(IndicatorImportExecutor executor) {
		return ImportTasks.oneAtATime(IndicatorImportExecutor.TASK, executor::execute);
	}

}
