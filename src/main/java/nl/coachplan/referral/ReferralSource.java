package nl.coachplan.referral;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who asked for the referral: the wijkteam itself, the huisarts, werk en inkomen, a coach, or someone else. */
public final class ReferralSource {

  private ReferralSource() {}

  public static final Map<String, String> CODES = codes();

  private static Map<String, String> codes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("wijkteam", "Wijkteam");
    codes.put("huisarts", "Huisarts");
    codes.put("werk-en-inkomen", "Werk en inkomen");
    codes.put("coach", "Buurtsportcoach");
    codes.put("other", "Anders");
    return java.util.Collections.unmodifiableMap(codes);
  }
}
