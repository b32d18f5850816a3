package se.regionrum.analysis.imports;

import com.github.kagkarlsson.scheduler.task.helper.CustomTask;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.platform.ImportTasks;

/** The durable job of analysis imports, which every server's scheduler runs. */
@Configuration(proxyBeanMethods = false)
class ImportScheduling {

	@Bean
	CustomTask<Void> analysisImportTask(ImportExecutor executor) {
		return ImportTasks.oneAtATime(ImportExecutor.TASK, executor::execute);
	}

}
