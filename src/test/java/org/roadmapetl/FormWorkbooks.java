package org.roadmapetl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Draws the projects of the sample text export as a department would in Excel: the same
 * form in cells, shifted to any start row and column, the initiative name merged over its
 * 計画 and 実績 rows, amounts as numeric cells with a {@code #,##0} format; one project per
 * sheet or all stacked down one sheet; .xlsx or legacy .xls.
 */
public final class FormWorkbooks {

	private static final Pattern GROUPED_NUMBER = Pattern.compile("[0-9]{1,3}(,[0-9]{3})*");

	private FormWorkbooks() {
	}

	public enum Kind {

		XLSX, XLS

	}

	/**
	 * The sample export's lines, each split into tab-separated fields, grouped into one
	 * list per project block.
	 */
	public static List<List<String[]>> sampleBlocks() throws IOException {
		String text;
		try (InputStream in = FormWorkbooks.class.getResourceAsStream("/samples/roadmap-export-sample.tsv")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<List<String[]>> blocks = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			String[] fields = line.split("\t", -1);
			if (fields[0].strip().equals("分野")) {
				blocks.add(new ArrayList<>());
			}
			if (!blocks.isEmpty() && !line.isBlank()) {
				blocks.get(blocks.size() - 1).add(fields);
			}
		}
		return blocks;
	}

	public static Path write(Path file, Kind kind, boolean sheetPerProject, int firstRow, int firstColumn)
			throws IOException {
		try (Workbook workbook = (kind == Kind.XLSX) ? new XSSFWorkbook() : new HSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			CellStyle thousands = workbook.createCellStyle();
			thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			List<List<String[]>> blocks = sampleBlocks();
			Sheet sheet = null;
			int row = firstRow;
			for (int b = 0; b < blocks.size(); b++) {
				if (sheet == null || sheetPerProject) {
					sheet = workbook.createSheet(String.format("%02d_%s", b + 1, "事業"));
					row = firstRow;
					sheet.createRow(Math.max(0, firstRow - 2))
						.createCell(firstColumn)
						.setCellValue("(別紙2-2)令和5年度DX関連事業ロードマップ");
				}
				row = drawBlock(sheet, blocks.get(b), row, firstColumn, thousands) + 2;
			}
			workbook.write(out);
		}
		return file;
	}

	/**
	 * One sheet holding these lines of the text export form, drawn from its top left cell
	 * as a department would.
	 */
	public static Path writeLines(Path file, List<String[]> lines) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CellStyle thousands = workbook.createCellStyle();
			thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			drawBlock(workbook.createSheet("ロードマップ"), lines, 0, 0, thousands);
			workbook.write(out);
		}
		return file;
	}

	/**
	 * A workbook of at least {@code minimumRows} rows: the sample's blocks stacked down
	 * one sheet again and again, each project's name made unique, written through POI's
	 * streaming writer.
	 * @return the number of projects written
	 */
	public static int writeLarge(Path file, int minimumRows) throws IOException {
		List<List<String[]>> blocks = sampleBlocks();
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try (OutputStream out = Files.newOutputStream(file)) {
			CellStyle thousands = workbook.createCellStyle();
			thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			Sheet sheet = workbook.createSheet("ロードマップ");
			int row = 0;
			int projects = 0;
			while (row < minimumRows) {
				List<String[]> block = new ArrayList<>();
				for (String[] fields : blocks.get(projects % blocks.size())) {
					String[] copy = fields.clone();
					if (copy[0].equals("事業名")) {
						copy[1] = copy[1] + " 第" + (projects + 1) + "号";
					}
					block.add(copy);
				}
				row = drawBlock(sheet, block, row, 1, thousands) + 1;
				projects++;
			}
			workbook.write(out);
			return projects;
		}
		finally {
			workbook.close();
		}
	}

	private static int drawBlock(Sheet sheet, List<String[]> lines, int firstRow, int firstColumn,
			CellStyle thousands) {
		int row = firstRow;
		for (int i = 0; i < lines.size(); i++) {
			String[] fields = lines.get(i);
			Row sheetRow = sheet.createRow(row);
			for (int f = 0; f < fields.length; f++) {
				String value = fields[f].strip();
				if (value.isEmpty()) {
					continue;
				}
				Cell cell = sheetRow.createCell(firstColumn + f);
				if (GROUPED_NUMBER.matcher(value).matches() && value.contains(",")) {
					cell.setCellValue(Double.parseDouble(value.replace(",", "")));
					cell.setCellStyle(thousands);
				}
				else {
					cell.setCellValue(value);
				}
			}
			boolean planThenActual = fields.length > 1 && fields[1].equals("計画") && i + 1 < lines.size()
					&& lines.get(i + 1).length > 1 && lines.get(i + 1)[1].equals("実績") && lines.get(i + 1)[0].isBlank();
			if (planThenActual) {
				sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row + 1, firstColumn, firstColumn));
			}
			row++;
		}
		return row;
	}

}
