package org.replyaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.net.URL;
import java.lang.module.ModuleDescriptor.Exports;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What core's module-info promises a module-path user: the API packages exported to everyone,
 * every {@code internal} package to the corpus tools alone, and the sentence encoder found as a
 * service. Tests run on the class path, where the descriptor is not enforced, so it is read here.
 */
class ModuleDescriptorTest {
  private static ModuleDescriptor descriptor() throws IOException {
    // Beside this module's own classes: on the class path, "/module-info.class" may name another.
    String self = ReplyAudit.class.getResource("ReplyAudit.class").toString();
    URL url = URI.create(self.substring(0, self.length() - "org/replyaudit/ReplyAudit.class".length()) + "module-info.class").toURL();
    try (InputStream in = url.openStream()) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsTheApiToEveryoneAndTheInternalsOnlyToTheCorpusTools() throws IOException {
    ModuleDescriptor d = descriptor();
    assertEquals("org.replyaudit.core", d.name());
    Map<String, Set<String>> exports = new TreeMap<>();
    for (Exports e : d.exports()) {
      exports.put(e.source(), e.targets());
    }
    for (String api : Set.of("org.replyaudit", "org.replyaudit.report", "org.replyaudit.checklist", "org.replyaudit.thread")) {
      assertEquals(Set.of(), exports.remove(api), api + " must be exported to every module");
    }
    for (String pkg : d.packages()) {
      if (pkg.startsWith("org.replyaudit.internal")) {
        assertEquals(Set.of("org.replyaudit.corpus"), exports.remove(pkg), pkg + " must be exported to the corpus tools only");
      }
    }
    assertTrue(exports.isEmpty(), "exported beyond the API and the internals: " + exports.keySet());
  }

  @Test
  void looksUpTheSentenceEncoderAsAService() throws IOException {
    assertEquals(Set.of(SentenceEncoder.class.getName()), descriptor().uses());
  }
}
