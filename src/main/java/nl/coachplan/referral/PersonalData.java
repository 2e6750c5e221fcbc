package nl.coachplan.referral;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.coachplan.validation.InvalidFormDataException;

/**
 * Coachplan takes no personal data of the people referred. A referral has no field for a name, BSN,
 * birth date or address; a note that looks as if it holds a BSN, a date or a postcode with house
 * number is refused too, with a message that says why. (A name in free text cannot be told apart;
 * the form says not to write one.)
 */
final class PersonalData {

  static final String WHY = "Coachplan neemt geen persoonsgegevens op: noem geen naam, BSN, geboortedatum of adres. "
      + "Draag de persoon warm over, buiten het systeem.";

  private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)(\\d{9})(?!\\d)");
  private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{1,2}[-/.]\\d{1,2}[-/.](19|20)\\d{2}|(19|20)\\d{2}-\\d{1,2}-\\d{1,2})(?!\\d)");
  private static final Pattern POSTCODE = Pattern.compile("(?<!\\d)[1-9]\\d{3}\\s?[A-Za-z]{2}(?![A-Za-z])");

  private PersonalData() {}

  /** Refuses a text that looks as if it holds a BSN, a date or a postcode. */
  static void refuseIn(String field, String text) {
    if (text == null) {
      return;
    }
    Matcher digits = NINE_DIGITS.matcher(text);
    while (digits.find()) {
      if (elfproef(digits.group(1))) {
        throw InvalidFormDataException.of(field, "Dit lijkt een BSN. " + WHY);
      }
    }
    if (DATE.matcher(text).find()) {
      throw InvalidFormDataException.of(field, "Dit lijkt een (geboorte)datum. " + WHY);
    }
    if (POSTCODE.matcher(text).find()) {
      throw InvalidFormDataException.of(field, "Dit lijkt een postcode. " + WHY);
    }
  }

  /** The check a BSN passes: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
  static boolean elfproef(String nine) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (nine.charAt(i) - '0');
    }
    sum -= nine.charAt(8) - '0';
    return sum % 11 == 0 && !nine.equals("000000000");
  }
}
