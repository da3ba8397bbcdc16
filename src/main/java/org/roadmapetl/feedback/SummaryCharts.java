package org.roadmapetl.feedback;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;

/**
 * The pictures of 概要: a department's plan and actual cells by fiscal year, and its
 * findings by type, as native Excel bar charts (POI's XDDF) over the summary's own cells,
 * so they stay live in Excel and LibreOffice. Each series carries its values as well as
 * its cell range, so a viewer that does not recalculate shows them too.
 */
final class SummaryCharts {

	/** A table of 概要: its label column and value columns, over rows written. */
	record Table(String sheet, int firstRow, int lastRow, int labelColumn, List<String> labels, List<Series> series) {

		/** One column of the table; {@code rgb} its bars' colour. */
		record Series(String title, int titleRow, int column, List<Number> values, byte[] rgb) {
		}

	}

	static final byte[] BLUE = { (byte) 0x4F, (byte) 0x81, (byte) 0xBD };

	static final byte[] GREEN = { (byte) 0x70, (byte) 0xAD, (byte) 0x47 };

	static final byte[] RED = { (byte) 0xC0, (byte) 0x50, (byte) 0x4D };

	private SummaryCharts() {
	}

	/** A chart of the table, placed at the given cells (columns and rows, 0-based). */
	static XSSFChart draw(SafeSheet sheet, Table table, String title, int[] place) {
		XSSFChart chart = sheet.drawing()
			.createChart(sheet.drawing().createAnchor(0, 0, 0, 0, place[0], place[1], place[2], place[3]));
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
		bars.setBarDirection(BarDirection.COL);
		bars.setVaryColors(false);
		XDDFCategoryDataSource labels = XDDFDataSourcesFactory.fromArray(table.labels().toArray(String[]::new),
				range(table, table.labelColumn()), table.labelColumn());
		for (Table.Series series : table.series()) {
			List<Double> numbers = new ArrayList<>();
			series.values().forEach((value) -> numbers.add(value.doubleValue()));
			XDDFChartData.Series plotted = bars.addSeries(labels, XDDFDataSourcesFactory
				.fromArray(numbers.toArray(Double[]::new), range(table, series.column()), series.column()));
			plotted.setTitle(series.title(),
					new CellReference(table.sheet(), series.titleRow(), series.column(), true, true));
			// without a fill of its own a bar is drawn in no colour by LibreOffice
			plotted.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(series.rgb())));
		}
		chart.plot(bars);
		return chart;
	}

	private static String range(Table table, int column) {
		return new CellRangeAddress(table.firstRow(), table.lastRow(), column, column).formatAsString(table.sheet(),
				true);
	}

}
