package org.roadmapetl.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.roadmapetl.normalise.RoadmapPeriod;

/**
 * The values every package asks of the configuration: the roadmap period, and the clock
 * that dates a run.
 */
@Configuration(proxyBeanMethods = false)
class RoadmapConfiguration {

	@Bean
	RoadmapPeriod roadmapPeriod(RoadmapProperties properties) {
		return RoadmapPeriod.parse(properties.period());
	}

	/**
	 * Tests register a fixed clock before the context starts; the default reporting year
	 * follows it.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
