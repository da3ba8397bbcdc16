package org.roadmapetl.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

import org.roadmapetl.submission.ReadLimits;

/**
 * Every {@code roadmap.*} setting, bound by Spring Boot from
 * {@code application.properties}, the working folder's
 * {@code config/application.properties}, the environment ({@code ROADMAP_SETTLE_SECONDS}
 * → {@code roadmap.settle.seconds}), system properties and {@code --name=value}
 * arguments, in Boot's order.
 *
 * @param inbox the inbox folder ({@code --inbox} overrides); none unless configured
 * @param period the roadmap period in any notation normalisation.md reads
 * ({@code R7-R11}); its default is in application.properties
 * @param reporting the reporting fiscal year of run, check and feedback
 * @param settle how long a file must stay unchanged before it is read
 * @param organization the organisation master
 * @param submission the submission schedule
 * @param schedule when {@code schedule} starts {@code run}
 * @param feedback where {@code run} writes the department workbooks
 * @param limits what one file may cost at most
 * @param load how the load step batches its work
 */
@ConfigurationProperties("roadmap")
public record RoadmapProperties(Path inbox, String period, @DefaultValue Reporting reporting,
		@DefaultValue Settle settle, @DefaultValue Organization organization, @DefaultValue Submission submission,
		@DefaultValue Schedule schedule, @DefaultValue Feedback feedback, @DefaultValue Limits limits,
		@DefaultValue Load load) {

	/**
	 * @param year the reporting fiscal year in any notation; none means the latest fiscal
	 * year that has ended
	 */
	public record Reporting(String year) {
	}

	/**
	 * @param seconds a file whose size or modification time changed this recently is left
	 * for the next run; 0 turns the wait off
	 */
	public record Settle(@DefaultValue("10") long seconds) {

		public Duration duration() {
			return Duration.ofSeconds(this.seconds);
		}

	}

	/**
	 * @param master the organisation master ({@code file:/path/organizations.tsv})
	 */
	public record Organization(@DefaultValue("classpath:db/reference/organizations.tsv") Resource master) {
	}

	/**
	 * @param schedule the submission schedule
	 * ({@code file:/path/submission_schedule.tsv})
	 */
	public record Submission(@DefaultValue("classpath:db/reference/submission_schedule.tsv") Resource schedule) {
	}

	/**
	 * @param cron the cron expression (second minute hour day month weekday) of
	 * {@code schedule}
	 */
	public record Schedule(@DefaultValue("0 0 2 * * *") String cron) {
	}

	/**
	 * @param dir where {@code run} writes one feedback workbook per department after its
	 * check; none: not written
	 */
	public record Feedback(Path dir) {
	}

	/**
	 * What one file may cost; a file over a limit is set aside naming the limit and its
	 * property.
	 *
	 * @param fileSize the size of one file ({@code roadmap.limits.file-size})
	 * @param lineLength the characters of one text line
	 * ({@code roadmap.limits.line-length})
	 * @param cellLength the characters of one cell ({@code roadmap.limits.cell-length})
	 * @param rows the rows (lines) of one file ({@code roadmap.limits.rows})
	 * @param blocks the project blocks of one file ({@code roadmap.limits.blocks})
	 * @param merges the merged ranges of one sheet, held while its rows are read
	 * ({@code roadmap.limits.merges})
	 * @param cells the cells examined in one file, empty and repeated ones included
	 * ({@code roadmap.limits.cells})
	 * @param sheetCells the same in one sheet ({@code roadmap.limits.sheet-cells})
	 * @param xmlDepth how deep elements may nest in an XML part of a workbook
	 * ({@code roadmap.limits.xml-depth})
	 * @param xmlAttributes the attributes of one XML element
	 * ({@code roadmap.limits.xml-attributes})
	 */
	public record Limits(@DefaultValue("100MB") DataSize fileSize, @DefaultValue("1048576") int lineLength,
			@DefaultValue("32767") int cellLength, @DefaultValue("2000000") int rows,
			@DefaultValue("100000") int blocks, @DefaultValue("100000") int merges,
			@DefaultValue("10000000") long cells, @DefaultValue("5000000") long sheetCells,
			@DefaultValue("1000") int xmlDepth, @DefaultValue("1000") int xmlAttributes) {

		public ReadLimits readLimits() {
			return new ReadLimits(this.fileSize.toBytes(), this.lineLength, this.cellLength, this.rows, this.blocks,
					this.merges, this.cells, this.sheetCells, this.xmlDepth, this.xmlAttributes);
		}

	}

	/**
	 * @param chunkSize files per transaction: larger chunks pay the per-transaction cost
	 * less often
	 * @param readerThreads threads that read and normalise files ahead of the writer, and
	 * rules the check runs at once; 0 means one per core
	 */
	public record Load(@DefaultValue("200") int chunkSize, @DefaultValue("0") int readerThreads) {

		public int effectiveReaderThreads() {
			return (this.readerThreads > 0) ? this.readerThreads : Runtime.getRuntime().availableProcessors();
		}

	}

}
