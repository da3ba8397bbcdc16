package org.roadmapetl.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;

import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.SubmissionFile;

/**
 * Reads and normalises the inbox's files on a small pool of threads, a bounded number of files ahead of the
 * writer, and hands them on in inbox order. So parsing the next files overlaps with loading the last ones, both
 * cores work, and memory holds at most a few files' projects whatever the size of the inbox.
 */
final class ParsedSubmissionReader implements ItemReader<ParsedSubmission>, StepExecutionListener {

	private final InboxFileReader files;

	private final SubmissionProcessor processor;

	private final int threads;

	private final Deque<Future<ParsedSubmission>> ahead = new ArrayDeque<>();

	private ExecutorService pool;

	ParsedSubmissionReader(InboxFileReader files, SubmissionProcessor processor, int threads) {
		this.files = files;
		this.processor = processor;
		this.threads = Math.max(1, threads);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.files.beforeStep(stepExecution);
		this.ahead.clear();
		this.pool = Executors.newFixedThreadPool(this.threads, (task) -> {
			Thread thread = new Thread(task, "submission-reader");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public ParsedSubmission read() throws Exception {
		while (this.ahead.size() < this.threads * 3) {
			SubmissionFile file = this.files.read();
			if (file == null) {
				break;
			}
			this.ahead.add(this.pool.submit(() -> this.processor.process(file)));
		}
		Future<ParsedSubmission> next = this.ahead.poll();
		if (next == null) {
			return null;
		}
		try {
			return next.get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		this.pool.shutdownNow();
		return null;
	}

}
