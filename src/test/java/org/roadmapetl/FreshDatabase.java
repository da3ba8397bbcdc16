package org.roadmapetl;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension giving every test an empty database of its own, dropped after it, and
 * its report views.
 */
public final class FreshDatabase implements BeforeEachCallback, AfterEachCallback {

	private TestDatabase database;

	private ReportViews views;

	@Override
	public void beforeEach(ExtensionContext context) {
		this.database = TestDatabase.create();
		this.views = new ReportViews(this.database);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.database.close();
	}

	public TestDatabase database() {
		return this.database;
	}

	public ReportViews views() {
		return this.views;
	}

}
