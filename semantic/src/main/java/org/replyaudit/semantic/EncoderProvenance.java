package org.replyaudit.semantic;

import java.util.Objects;

/**
 * Where a sentence encoder's files come from, as {@code provenance.properties} records it.
 *
 * @param id the encoder's id ({@code all-minilm-l6-v2-q})
 * @param artifact Maven coordinates {@code groupId:artifactId:version} of the jar holding the files
 * @param model the ONNX model's resource name inside that jar
 * @param modelSha256 lower-case hex SHA-256 of the ONNX model
 * @param tokenizer the Hugging Face {@code tokenizer.json} resource name inside that jar
 * @param tokenizerSha256 lower-case hex SHA-256 of the tokenizer file
 * @param source what the ONNX file was made from
 * @param licence the licence of the model weights
 */
public record EncoderProvenance(String id, String artifact, String model, String modelSha256,
    String tokenizer, String tokenizerSha256, String source, String licence) {
  public EncoderProvenance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(artifact, "artifact");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(modelSha256, "modelSha256");
    Objects.requireNonNull(tokenizer, "tokenizer");
    Objects.requireNonNull(tokenizerSha256, "tokenizerSha256");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(licence, "licence");
  }
}
