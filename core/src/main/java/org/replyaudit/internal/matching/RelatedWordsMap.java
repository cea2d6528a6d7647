package org.replyaudit.internal.matching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.Version;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;

/**
 * The Lucene {@link SynonymMap} of related words, built at build time from the models' WordNet
 * table and shipped as {@code related-words.fst}: building its FST at start-up cost a fifth of the
 * time from JVM start to the first analysis, and reading it back costs milliseconds.
 *
 * <p>Derived data, like {@link BackgroundStems}: {@code RelatedWordsMapTest} rebuilds it from
 * the models' table with the current Lucene and fails, naming this command, when the bytes
 * differ. Rebuild with
 *
 * <pre>{@code
 * java -cp corpus/target/replyaudit-corpus.jar org.replyaudit.corpus.build.DerivedResources \
 *     related-words core/src/main/resources/org/replyaudit/internal/matching/related-words.fst
 * }</pre>
 *
 * <p>Format: the magic {@code RAREL1}, the Lucene version that wrote it, the map's
 * {@code maxHorizontalContext}, its output words in id order, then the FST as
 * {@link FST#save} writes it (metadata, then data), each part length-prefixed.
 */
public final class RelatedWordsMap {
  static final String RESOURCE = "related-words.fst";
  private static final String MAGIC = "RAREL1";

  private RelatedWordsMap() {}

  /** The map as Lucene's builder makes it from the models' WordNet table. */
  static SynonymMap build() {
    try {
      SynonymMap.Builder b = new SynonymMap.Builder(true);
      // In sorted order: the models' map iterates in a per-JVM order, and the output words'
      // ids follow the order they are added in, so only sorted input gives the same bytes.
      for (Map.Entry<String, List<String>> e
          : new java.util.TreeMap<>(org.replyaudit.models.LexicalResources.related()).entrySet()) {
        for (String r : e.getValue()) {
          b.add(new CharsRef(e.getKey()), new CharsRef(r), true);
        }
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped file's bytes for {@code map}. */
  static byte[] write(SynonymMap map) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamDataOutput out = new OutputStreamDataOutput(bytes)) {
      out.writeString(MAGIC);
      out.writeString(Version.LATEST.toString());
      out.writeVInt(map.maxHorizontalContext);
      out.writeVInt(map.words.size());
      BytesRef scratch = new BytesRef();
      for (int id = 0; id < map.words.size(); id++) {
        BytesRef w = map.words.get(id, scratch);
        out.writeVInt(w.length);
        out.writeBytes(w.bytes, w.offset, w.length);
      }
      ByteBuffersDataOutput meta = new ByteBuffersDataOutput();
      ByteBuffersDataOutput data = new ByteBuffersDataOutput();
      map.fst.save(meta, data);
      out.writeVLong(meta.size());
      meta.copyTo(out);
      out.writeVLong(data.size());
      data.copyTo(out);
    }
    return bytes.toByteArray();
  }

  /** Reads a map written by {@link #write}; its FST lives in one on-heap array. */
  static SynonymMap read(byte[] bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes);
    if (!MAGIC.equals(in.readString())) {
      throw new IllegalStateException(RESOURCE + " is not a related-words map");
    }
    String version = in.readString();
    if (!Version.LATEST.toString().equals(version)) {
      throw new IllegalStateException(RESOURCE + " was written by Lucene " + version + ", not "
          + Version.LATEST + ": rebuild it (RelatedWordsMap)");
    }
    int context = in.readVInt();
    int n = in.readVInt();
    BytesRefHash words = new BytesRefHash();
    for (int id = 0; id < n; id++) {
      byte[] w = new byte[in.readVInt()];
      in.readBytes(w, 0, w.length);
      if (words.add(new BytesRef(w)) != id) {
        throw new IllegalStateException(RESOURCE + ": word " + id + " is a duplicate");
      }
    }
    DataInput meta = slice(in);
    DataInput data = slice(in);
    FST<BytesRef> fst = new FST<>(FST.readMetadata(meta, ByteSequenceOutputs.getSingleton()), data);
    return new SynonymMap(fst, words, context);
  }

  private static DataInput slice(ByteArrayDataInput in) {
    int length = Math.toIntExact(in.readVLong());
    byte[] part = new byte[length];
    in.readBytes(part, 0, length);
    return new ByteArrayDataInput(part);
  }

  /** The shipped map. */
  static SynonymMap load() {
    try (InputStream in = RelatedWordsMap.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path (core's resources)");
      }
      return read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bytes of the map built from the models' table: what the build-time tool
   * ({@code DerivedResources} in the corpus module) writes, and what {@code RelatedWordsMapTest}
   * compares the shipped file with.
   */
  public static byte[] compute() {
    try {
      return write(build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
