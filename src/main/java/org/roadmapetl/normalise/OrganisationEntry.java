package org.roadmapetl.normalise;

import java.time.LocalDate;

/**
 * One line of the organisation master: a section of a department, valid from
 * {@code validFrom} to {@code validTo}, both inclusive, {@code null} meaning unbounded. A
 * department with no sections has a {@code null} section.
 */
public record OrganisationEntry(String department, String section, LocalDate validFrom, LocalDate validTo) {

	public boolean isValidOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
	}

	/** Whether the entry still holds: it has no end date. */
	public boolean isCurrent() {
		return this.validTo == null;
	}

}
