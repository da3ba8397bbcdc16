package org.roadmapetl;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * roadmap-etl: loads departments' DX roadmap submissions into the reporting warehouse.
 * The application the command line ({@code org.roadmapetl.cli.Launcher}, the jar's main
 * class) starts; it imports nothing of it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RoadmapEtlApplication {

}
