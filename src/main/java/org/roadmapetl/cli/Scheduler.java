package org.roadmapetl.cli;

import java.time.Duration;
import java.time.LocalDateTime;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.support.CronExpression;

/**
 * {@code schedule}: stays running and starts a run at every tick of the cron expression.
 * A run that is still going, or another process's run, makes the tick skip (the run lock
 * decides), so two runs never overlap.
 */
final class Scheduler {

	private static final Log logger = LogFactory.getLog(Scheduler.class);

	private final Command.Schedule schedule;

	private final CommandRunner.Work tick;

	Scheduler(Command.Schedule schedule, CommandRunner.Work tick) {
		this.schedule = schedule;
		this.tick = tick;
	}

	int run() throws Exception {
		CronExpression cron = CronExpression.parse(this.schedule.cron());
		logger.info("Scheduled: run on '" + this.schedule.cron() + "' for inbox " + this.schedule.inbox());
		int last = ExitCodes.SUCCESS;
		for (int ticks = 0; this.schedule.ticks() == null || ticks < this.schedule.ticks(); ticks++) {
			LocalDateTime next = cron.next(LocalDateTime.now());
			logger.info("Next run at " + next);
			Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(), next).toMillis()));
			try {
				last = this.tick.run();
			}
			catch (Exception ex) {
				logger.error("The scheduled run failed to start; the next tick will try again", ex);
				last = ExitCodes.FAILED;
			}
			logger.info("Scheduled run ended with exit status " + last);
		}
		return last;
	}

}
