package org.roadmapetl.cli;

/**
 * The warehouse connection as Spring Boot binds {@code spring.datasource.*} (from
 * {@code application.properties}, {@code SPRING_DATASOURCE_URL}, {@code _USERNAME},
 * {@code _PASSWORD} or {@code --spring.datasource.url=…}). The password never comes from
 * a file in the repository.
 */
public record DatabaseSettings(String url, String username, String password) {

	@Override
	public String toString() {
		return this.username + "@" + this.url;
	}

}
