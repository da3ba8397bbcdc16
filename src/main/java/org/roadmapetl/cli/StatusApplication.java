package org.roadmapetl.cli;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * What {@code status} starts when the schema is already current: a connection pool, a
 * JDBC template and Spring Batch's job repository, nothing else (no component scan, no
 * jobs, no Flyway). The job repository is Boot's own batch auto-configuration, as in the
 * whole application; the pool is built as Boot's Hikari configuration builds it, from
 * {@code spring.datasource.*} and {@code spring.datasource.hikari.*}. Boot's datasource
 * and transaction auto-configurations would give the same beans but parse four times as
 * many configuration classes (≈ 0.5 s of a status). Started lazily: of the batch
 * infrastructure only the job repository is built.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DataSourceProperties.class)
@ImportAutoConfiguration(BatchJdbcAutoConfiguration.class)
class StatusApplication {

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DataSourceProperties properties) {
		return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
	}

	@Bean
	JdbcTemplate jdbcTemplate(DataSource dataSource) {
		return new JdbcTemplate(dataSource);
	}

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}

}
