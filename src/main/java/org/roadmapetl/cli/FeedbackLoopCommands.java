package org.roadmapetl.cli;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

import org.roadmapetl.config.RoadmapProperties;
import org.roadmapetl.feedback.RoadmapExport;

/**
 * The commands that take the findings back to the departments — {@code validate}, {@code feedback},
 * {@code export-roadmap} — and the feedback folder {@code run} writes after its check. None of them takes the
 * run lock: they only read the warehouse.
 */
@Component
class FeedbackLoopCommands {

	private static final Log logger = LogFactory.getLog(FeedbackLoopCommands.class);

	interface OtherCommand {

		int run() throws Exception;

	}

	private final DataSource dataSource;

	private final RoadmapProperties properties;

	FeedbackLoopCommands(DataSource dataSource, RoadmapProperties properties) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	int execute(Command command, OtherCommand other) throws Exception {
		if (command instanceof Command.ExportRoadmap export) {
			int projects = new RoadmapExport(this.dataSource, this.properties.period()).write(export.out());
			System.out.println("Wrote " + projects + " project(s) to " + export.out());
			return ExitCodes.SUCCESS;
		}
		return other.run();
	}

	static Path orDefault(Path requested, Path configured, String fallback) {
		return (requested != null) ? requested : (configured != null) ? configured : Path.of(fallback);
	}

}
