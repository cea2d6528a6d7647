package org.replyaudit.models;

import java.util.Objects;

/**
 * Where a model came from: the Maven artifact that ships it, the file inside it, and the SHA-256
 * that artifact declares for the file.
 *
 * @param name short name ReplyAudit uses for the model ({@code sentence}, {@code tokenizer},
 *     {@code langdetect})
 * @param artifact Maven coordinates {@code groupId:artifactId:version}
 * @param resource the model file's name inside the artifact
 * @param sha256 lower-case hex checksum of the model file
 */
public record ModelProvenance(String name, String artifact, String resource, String sha256) {
  /**
   * Checks the components.
   *
   * @param name short name ReplyAudit uses for the model
   * @param artifact Maven coordinates {@code groupId:artifactId:version}
   * @param resource the model file's name inside the artifact
   * @param sha256 lower-case hex checksum of the model file
   * @throws NullPointerException if any component is null
   */
  public ModelProvenance {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(artifact, "artifact");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(sha256, "sha256");
  }

  /**
   * The artifact's version, the last part of its coordinates.
   *
   * @return for example {@code 1.3.0} for {@code org.apache.opennlp:opennlp-models-tokenizer-en:1.3.0}
   */
  public String version() {
    return artifact.substring(artifact.lastIndexOf(':') + 1);
  }
}
