package org.roadmapetl.cli;

/** The command line or the configuration is wrong; the message says what, in one line. */
public class UsageException extends RuntimeException {

	private final String usage;

	public UsageException(String message) {
		this(message, null);
	}

	public UsageException(String message, String usage) {
		super(message);
		this.usage = usage;
	}

	/** The usage text of the command concerned, or null for a configuration error. */
	public String usage() {
		return this.usage;
	}

}
