package nl.coachplan.contractrenewal;

import jakarta.persistence.Embeddable;

/**
 * A photo of the year's work, as a link (https) to where the aanvoerder keeps it: Coachplan stores
 * no images, so it serves none and the photo's own site decides who sees it.
 */
@Embeddable
public class PhotoLink {

  private String url;
  private String caption;

  protected PhotoLink() {}

  PhotoLink(String url, String caption) {
    this.url = url;
    this.caption = caption;
  }

  public String getUrl() { return url; }
  public String getCaption() { return caption; }
}
