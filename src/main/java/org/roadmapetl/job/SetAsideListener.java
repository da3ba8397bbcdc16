package org.roadmapetl.job;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.listener.SkipListener;

import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.submission.Names;

/**
 * Hears every file the step skipped and queues it for the writer, which records it in the
 * chunk's own transaction and moves it once that has committed (processing may run on
 * other threads than the chunk's).
 */
class SetAsideListener implements SkipListener<Path, ParsedSubmission> {

	private static final Log logger = LogFactory.getLog(SetAsideListener.class);

	private final ConcurrentLinkedQueue<FileSetAside> pending = new ConcurrentLinkedQueue<>();

	@Override
	public void onSkipInProcess(Path path, Throwable failure) {
		FileSetAside setAside = (FileSetAside) failure;
		String name = Names.escape(path.getFileName().toString());
		switch (setAside.fault()) {
			case TRANSIENT -> logger.warn("Could not read " + name + " now (" + Names.escape(setAside.reason())
					+ "); left in place, tried again next run");
			case INTERNAL -> logger.error("Internal error while reading " + name, failure.getCause());
			case DEPARTMENT -> logger.debug("Cannot read " + name, failure.getCause());
		}
		this.pending.add(setAside);
	}

	/** The files skipped since the last call, in the order they were skipped. */
	List<FileSetAside> drain() {
		List<FileSetAside> drained = new java.util.ArrayList<>();
		for (FileSetAside next = this.pending.poll(); next != null; next = this.pending.poll()) {
			drained.add(next);
		}
		return drained;
	}

}
