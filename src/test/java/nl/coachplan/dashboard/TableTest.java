package nl.coachplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text that users typed (a plan's title, an organisation's name) never becomes a formula in the exports. */
class TableTest {

  private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\")", "+31 6", "-1+1", "@SUM(A1)", "\tTab", "\rCR");

  private final Table table = new Table("Plannen", List.of("Titel", "Bedrag"),
      FORMULAS.stream().map(text -> List.<Object>of(text, new BigDecimal("-12.50"))).toList());

  @Test
  void csvWritesFormulaLikeTextAsText() throws Exception {
    String csv = new String(table.csv(), StandardCharsets.UTF_8).substring(1); // after the BOM
    List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.EXCEL.builder().setDelimiter(';')
        .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv)).getRecords();
    for (int r = 0; r < FORMULAS.size(); r++) {
      assertThat(records.get(r).get("Titel")).isEqualTo("'" + FORMULAS.get(r));
      // Numbers stay numbers, negative ones included.
      assertThat(records.get(r).get("Bedrag")).isEqualTo("-12,50");
    }
  }

  @Test
  void excelMarksFormulaLikeTextAsText() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      for (int r = 1; r <= FORMULAS.size(); r++) {
        var cell = sheet.getRow(r).getCell(0);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(FORMULAS.get(r - 1));
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("row %d is marked as text", r).isTrue();
        assertThat(sheet.getRow(r).getCell(1).getNumericCellValue()).isEqualTo(-12.5);
      }
    }
  }
}
