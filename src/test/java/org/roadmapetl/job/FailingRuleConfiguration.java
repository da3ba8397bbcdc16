package org.roadmapetl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.SubmissionFile;
import org.roadmapetl.project.SubmissionParser;

/**
 * Test only, inert unless a test sets {@code roadmap-test.file}: for the inbox file of
 * that name, either a rule with a bug that throws {@link IllegalStateException}
 * ({@code roadmap-test.action=fail}), or the file vanishing between its hashing and its
 * reading ({@code roadmap-test.action=vanish}, moved into {@code roadmap-test.away}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("roadmap-test.file")
class FailingRuleConfiguration {

	@Bean
	static BeanPostProcessor failingRule(Environment environment) {
		String name = environment.getRequiredProperty("roadmap-test.file");
		String action = environment.getRequiredProperty("roadmap-test.action");
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof SubmissionParser parser)) {
					return bean;
				}
				return new SubmissionParser(null, RoadmapPeriod.parse("R6-R10")) {
					@Override
					public ParsedSubmission parse(SubmissionFile file) throws IOException {
						if (file.name().equals(name) && action.equals("fail")) {
							throw new IllegalStateException("a bug in a rule (caused by the test)");
						}
						if (file.name().equals(name) && action.equals("vanish")) {
							Path away = Path.of(environment.getRequiredProperty("roadmap-test.away"));
							Files.move(file.path(), away.resolve(name));
						}
						return parser.parse(file);
					}
				};
			}
		};
	}

}
