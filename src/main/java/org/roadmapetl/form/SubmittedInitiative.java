package org.roadmapetl.form;

import java.util.List;

/**
 * One initiative (取組) row pair as submitted: its name and one plan and one actual value
 * per year column of the block's header, in the header's order.
 */
public record SubmittedInitiative(RawValue name, List<RawValue> plans, List<RawValue> actuals) {
}
