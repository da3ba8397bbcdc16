package org.roadmapetl;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.roadmapetl.cli.Launcher;

/** roadmap-etl: loads departments' DX roadmap submissions into the reporting warehouse. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RoadmapEtlApplication {

	public static void main(String[] args) {
		System.exit(Launcher.launch(args, java.util.Map.of()));
	}

}
