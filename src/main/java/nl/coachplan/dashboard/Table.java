package nl.coachplan.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An export as rows under Dutch headers, written as CSV (for Excel: ';' and a BOM) or as .xlsx. */
public record Table(String sheetName, List<String> headers, List<List<Object>> rows) {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  /** The table as a CSV file to download, named {@code <name>.csv}. */
  public ResponseEntity<byte[]> csvDownload(String name) {
    return download(csv(), CSV, name + ".csv");
  }

  /** The table as an Excel file to download, named {@code <name>.xlsx}. */
  public ResponseEntity<byte[]> xlsxDownload(String name) {
    return download(xlsx(), XLSX, name + ".xlsx");
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type,
      String fileName) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }

  public byte[] csv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // The byte order mark first: Excel then reads the file as UTF-8.
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';')
            .setHeader(headers.toArray(String[]::new)).get())) {
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(Table::csvValue).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Dutch Excel reads a decimal comma. */
  private static Object csvValue(Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString().replace('.', ',');
    }
    if (value instanceof Boolean b) {
      return b ? "ja" : "nee";
    }
    if (value instanceof String text && startsFormula(text)) {
      // Excel would run it as a formula (CSV injection); the quote makes it text.
      return "'" + text;
    }
    return value == null ? "" : value;
  }

  /** Text that a spreadsheet reads as a formula: user input such as a plan's title may start with one. */
  static boolean startsFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  public byte[] xlsx() {
    // Streaming: only a window of rows is held in memory, whatever the size of the export.
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet(sheetName);
      // A string cell is never a formula, but Excel would make it one once someone edits it: mark it as text.
      CellStyle text = workbook.createCellStyle();
      text.setQuotePrefixed(true);
      Row header = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
      }
      int r = 1;
      for (List<Object> values : rows) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < values.size(); i++) {
          Cell cell = row.createCell(i);
          Object value = values.get(i);
          if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? "ja" : "nee");
          } else if (value != null) {
            cell.setCellValue(value.toString());
            if (startsFormula(value.toString())) {
              cell.setCellStyle(text);
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
