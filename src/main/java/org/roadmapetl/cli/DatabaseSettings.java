package org.roadmapetl.cli;

import java.util.Map;

/**
 * The warehouse connection, from the standard Spring Boot settings: explicit properties first, then the
 * environment ({@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD}), then the defaults. The
 * password never comes from a file in the repository.
 */
public record DatabaseSettings(String url, String username, String password) {

	public static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/roadmap";

	public static final String DEFAULT_USERNAME = "postgres";

	public static DatabaseSettings resolve(Map<String, String> properties, Map<String, String> environment) {
		return new DatabaseSettings(
				pick(properties.get("spring.datasource.url"), environment.get("SPRING_DATASOURCE_URL"), DEFAULT_URL),
				pick(properties.get("spring.datasource.username"), environment.get("SPRING_DATASOURCE_USERNAME"),
						DEFAULT_USERNAME),
				pick(properties.get("spring.datasource.password"), environment.get("SPRING_DATASOURCE_PASSWORD"), null));
	}

	private static String pick(String explicit, String fromEnvironment, String fallback) {
		if (explicit != null && !explicit.isBlank()) {
			return explicit;
		}
		return (fromEnvironment != null && !fromEnvironment.isBlank()) ? fromEnvironment : fallback;
	}

	@Override
	public String toString() {
		return this.username + "@" + this.url;
	}

}
