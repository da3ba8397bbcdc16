package org.roadmapetl.normalise;

/**
 * What an amount cell says: an amount in thousand yen, an accounting note (such as
 * {@code 病院事業会計}), both, nothing, or a problem a department can act on (then the amount
 * is {@code null}).
 */
public record AmountReading(Long thousandYen, String note, String problem) {

	static final AmountReading EMPTY = new AmountReading(null, null, null);

	public boolean isEmpty() {
		return this.thousandYen == null && this.note == null && this.problem == null;
	}

	public boolean isProblem() {
		return this.problem != null;
	}

}
