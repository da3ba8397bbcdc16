package org.roadmapetl.cli;

import java.util.Map;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import org.roadmapetl.config.RoadmapProperties;
import org.roadmapetl.normalise.RoadmapPeriod;

/**
 * The settings the command line needs before the application starts (the datasource for
 * the pre-flight, the defaults of the options), bound by Spring Boot's own binder from
 * the same sources, in the same order, as the application will bind them:
 * {@code application.properties} of the jar, {@code ./config/application.properties} and
 * {@code ./application.properties}, the environment, system properties and
 * {@code --name=value} arguments.
 */
record StartupSettings(DatabaseSettings database, RoadmapProperties roadmap, RoadmapPeriod period,
		Map<String, String> flywayPlaceholders) {

	/**
	 * @param springArguments the {@code --name=value} arguments the application is
	 * started with
	 */
	static StartupSettings bind(String[] springArguments) {
		ConfigurableEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArguments));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		Binder binder = Binder.get(environment);
		try {
			DatabaseSettings database = binder.bind("spring.datasource", DatabaseSettings.class)
				.orElseThrow(() -> new UsageException("spring.datasource.url is not set (SPRING_DATASOURCE_URL)"));
			RoadmapProperties roadmap = binder.bindOrCreate("roadmap", RoadmapProperties.class);
			Map<String, String> placeholders = binder
				.bind("spring.flyway.placeholders", Bindable.mapOf(String.class, String.class))
				.orElse(Map.of());
			return new StartupSettings(database, roadmap, period(roadmap.period()), placeholders);
		}
		catch (BindException ex) {
			throw new UsageException("configuration " + ex.getName() + ": " + rootMessage(ex));
		}
	}

	private static RoadmapPeriod period(String text) {
		try {
			return RoadmapPeriod.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("roadmap.period (ROADMAP_PERIOD): " + ex.getMessage());
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
