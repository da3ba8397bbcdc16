package org.roadmapetl.job;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.roadmapetl.inbox.Quarantine;
import org.roadmapetl.submission.Names;

/**
 * What happens to a skipped file once its chunk has committed: a file set aside is moved
 * to the quarantine folder (a failed move leaves it in the inbox, where the next run
 * finds it recorded and moves it again); a file that could not be read now stays where it
 * is. The log says which of these really happened.
 */
final class QuarantineMoves {

	private static final Log logger = LogFactory.getLog(QuarantineMoves.class);

	private final Quarantine quarantine;

	private final RunTally tally;

	QuarantineMoves(Quarantine quarantine, RunTally tally) {
		this.quarantine = quarantine;
		this.tally = tally;
	}

	Path folder() {
		return this.quarantine.folder();
	}

	void committed(FileSetAside file) {
		String name = file.path().getFileName().toString();
		String shown = Names.escape(name);
		String reason = Names.escape(file.reason());
		if (file.fault() == FileSetAside.Fault.TRANSIENT) {
			this.tally.append(RunTally.RETRY, name, file.reason());
			this.tally.add(RunTally.TRANSIENT_SKIPS, 1);
			return;
		}
		if (file.fault() == FileSetAside.Fault.INTERNAL) {
			this.tally.add(RunTally.INTERNAL_ERRORS, 1);
		}
		this.tally.quarantined(name, file.reason());
		Quarantine.Moved moved;
		try {
			moved = this.quarantine.setAside(file.path(), name, file.why());
		}
		catch (IOException ex) {
			logger.warn("Set aside " + shown + " (" + reason + "), but could not move it to " + folder() + " ("
					+ Names.escape(ex.toString()) + "); it stays in the inbox and the next run moves it");
			return;
		}
		if (moved.reasonFile() == null) {
			logger.warn("Set aside " + shown + " (" + reason + ") in " + Names.escape(moved.file().toString())
					+ ", but could not write its reason file (" + Names.escape(moved.reasonFailure()) + ")");
			return;
		}
		logger.warn("Set aside " + shown + " (" + reason + ") in " + Names.escape(moved.file().toString())
				+ ", reason in " + Names.escape(moved.reasonFile().getFileName().toString()));
	}

}
