package nl.coachplan.coachhiring;

import java.util.Optional;
import nl.coachplan.planintake.Plans;
import nl.coachplan.planintake.Post;

/**
 * The business keys of a post's processes. A plan with one post keeps the keys plans had before
 * posts: coach-hiring {@code <reference>}, a contract year {@code <reference>/<year>}. With several
 * posts the post's number follows the reference: {@code <reference>/<post>} and
 * {@code <reference>/<post>/<year>}. Steps read the post and the year back from the key.
 */
public final class PostKeys {

  /** A coach-hiring instance's post. */
  public record Hiring(String reference, int post) {}

  /** A contract-renewal instance's post and contract year. */
  public record ContractYear(String reference, int post, int year) {}

  private PostKeys() {}

  public static String hiring(Post post, boolean severalPosts) {
    return post.getPlan().getReference() + (severalPosts ? "/" + post.getNumber() : "");
  }

  public static String contractYear(Post post, int year, boolean severalPosts) {
    return hiring(post, severalPosts) + "/" + year;
  }

  /** The post of a coach-hiring business key; empty for a key that names none. */
  public static Optional<Hiring> hiring(String businessKey) {
    String[] parts = parts(businessKey);
    try {
      return switch (parts.length) {
        case 1 -> Optional.of(new Hiring(parts[0], 1));
        case 2 -> Optional.of(new Hiring(parts[0], Integer.parseInt(parts[1])));
        default -> Optional.empty();
      };
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The post a coach-hiring business key names, if the case file has it. */
  public static Optional<Post> hiringPost(Plans plans, String businessKey) {
    return hiring(businessKey).flatMap(key -> plans.post(key.reference(), key.post()));
  }

  /** The post and contract year of a contract-renewal business key; empty for a key that names none. */
  public static Optional<ContractYear> contractYear(String businessKey) {
    String[] parts = parts(businessKey);
    try {
      return switch (parts.length) {
        case 2 -> Optional.of(new ContractYear(parts[0], 1, Integer.parseInt(parts[1])));
        case 3 -> Optional.of(new ContractYear(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        default -> Optional.empty();
      };
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String[] parts(String businessKey) {
    return businessKey == null || businessKey.isBlank() ? new String[0] : businessKey.split("/", -1);
  }
}
