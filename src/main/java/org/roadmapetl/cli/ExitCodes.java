package org.roadmapetl.cli;

/** The exit statuses schedulers and IT staff can rely on (README.md, "Exit statuses"). */
public final class ExitCodes {

	/** Finished; every file was loaded or had been loaded before. */
	public static final int SUCCESS = 0;

	/**
	 * The run failed; what was committed before the failure stays, and {@code restart}
	 * continues it.
	 */
	public static final int FAILED = 1;

	/**
	 * Bad usage or configuration (unknown command or option, database unreachable, wrong
	 * password…).
	 */
	public static final int USAGE_OR_CONFIGURATION = 2;

	/** Finished, but some files could not be read and were set aside. */
	public static final int FINISHED_WITH_QUARANTINE = 3;

	/** Another run holds the warehouse; nothing was done. */
	public static final int RUN_IN_PROGRESS = 4;

	/** {@code validate}: the files hold error findings (nothing was changed). */
	public static final int ERROR_FINDINGS = 5;

	private ExitCodes() {
	}

}
