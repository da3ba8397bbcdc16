package org.roadmapetl.job;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.core.task.AsyncTaskExecutor;

import org.roadmapetl.project.ParsedSubmission;

/**
 * Reads and normalises the next files on the reader threads while the step's own thread
 * writes the chunk before them, so the parser and the database work at the same time
 * (Spring Batch's concurrent chunk processing would leave one of the two idle). The step
 * hands out files as its reader and waits for each one's result as its processor, in the
 * same order; at most {@code window} files are under way or waiting, so memory is bounded
 * by the window, never by the inbox. A file is read before the files ahead of it are
 * committed, so the warehouse cannot yet say that its content came earlier in the same
 * run: the first file of a content is loaded, a later one is passed over as seen before
 * (as it would be on the next night).
 */
class ReadAhead implements ItemReader<Path>, ItemProcessor<Path, ParsedSubmission>, StepExecutionListener {

	private final ItemReader<Path> files;

	private final ItemProcessor<Path, ParsedSubmission> reading;

	private final AsyncTaskExecutor threads;

	private final int window;

	private final ProgressLog progress;

	private final ArrayDeque<Path> handedOut = new ArrayDeque<>();

	private final Map<Path, Future<ParsedSubmission>> underWay = new HashMap<>();

	private final Set<String> contentsHandedOn = new HashSet<>();

	private boolean listed;

	ReadAhead(ItemReader<Path> files, ItemProcessor<Path, ParsedSubmission> reading, AsyncTaskExecutor threads,
			int window, ProgressLog progress) {
		this.files = files;
		this.reading = reading;
		this.threads = threads;
		this.window = Math.max(1, window);
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		forget();
	}

	@Override
	public Path read() throws Exception {
		while (!this.listed && this.underWay.size() < this.window) {
			Path next = this.files.read();
			if (next == null) {
				this.listed = true;
			}
			else {
				this.handedOut.add(next);
				StepExecution step = stepOfThisThread();
				this.underWay.put(next, this.threads.submit(() -> readAhead(next, step)));
			}
		}
		return this.handedOut.poll();
	}

	/**
	 * On a reader thread, in the step's scope, so the step's own parts (step-scoped
	 * beans) answer there as on the step's thread.
	 */
	private ParsedSubmission readAhead(Path path, StepExecution step) throws Exception {
		if (step != null) {
			StepSynchronizationManager.register(step);
		}
		try {
			return this.reading.process(path);
		}
		finally {
			this.progress.fileRead();
			if (step != null) {
				StepSynchronizationManager.close();
			}
		}
	}

	private static StepExecution stepOfThisThread() {
		StepContext context = StepSynchronizationManager.getContext();
		return (context != null) ? context.getStepExecution() : null;
	}

	@Override
	public ParsedSubmission process(Path path) throws Exception {
		Future<ParsedSubmission> result = this.underWay.remove(path);
		if (result == null) {
			// Asked again for a file already handed over (the step retrying it): read it
			// here.
			return this.reading.process(path);
		}
		try {
			ParsedSubmission parsed = result.get();
			return (parsed == null || this.contentsHandedOn.add(parsed.file().checksum())) ? parsed : null;
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof Exception failure) {
				throw failure;
			}
			throw (Error) cause;
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		forget();
		return null;
	}

	/**
	 * A step that ends early leaves files read ahead that nobody will write: they are
	 * dropped, not loaded.
	 */
	private void forget() {
		this.underWay.values().forEach((result) -> result.cancel(true));
		this.underWay.clear();
		this.handedOut.clear();
		this.contentsHandedOn.clear();
		this.listed = false;
	}

}
