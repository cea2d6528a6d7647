// Runs after the consumer project has built (maven-invoker-plugin's post-build hook): runs its
// Main in fresh JVMs on the class path Maven resolved for it (replyaudit-core and what that
// brings), and fails the build when the library is not the quiet dependency it claims to be.
// Variables from the invoker: basedir (this project's copy), localRepositoryPath.

def examples = new File(basedir, "../../..").canonicalFile  // target/it/consumer -> examples/
def javaBin = new File(System.getProperty("java.home"), "bin/java").path
def classPath = new File(basedir, "target/classes").path + File.pathSeparator +
    new File(basedir, "target/classpath.txt").text.trim()

/** Runs example.Main on one pair; returns [exit code, stdout, stderr]. */
def run = { List<String> extraClassPath, String pair ->
  def cp = ([classPath] + extraClassPath).join(File.pathSeparator)
  def proc = new ProcessBuilder(javaBin, "-cp", cp, "example.Main",
      new File(examples, pair + "/complaint.txt").path, new File(examples, pair + "/reply.txt").path)
      .start()
  def out = new StringBuilder()
  def err = new StringBuilder()
  proc.consumeProcessOutput(out, err)
  proc.waitFor()
  return [proc.exitValue(), out.toString(), err.toString()]
}

def check = { String what, boolean ok, String detail ->
  if (!ok) {
    throw new AssertionError("consumer check failed: " + what + "\n" + detail)
  }
  println "consumer check: " + what + ": ok"
}

// 1. Only replyaudit-core as dependency, no SLF4J binding: nothing at all on stderr.
def (code, out, err) = run([], "telecom-refund")
check("exit code 0", code == 0, err)
check("a report on stdout", out.startsWith("Verdict: "), out)
check("nothing on stderr without an SLF4J binding", err.isEmpty(), "stderr was:\n" + err)

// 2. A consumer with its own binding (slf4j-simple): no SLF4J warning (ReplyAudit adds no
//    second provider), and still nothing on stderr (OpenNLP logs nothing at INFO while analysing).
def simpleDir = new File(localRepositoryPath, "org/slf4j/slf4j-simple")
def simple = simpleDir.listFiles()?.collectMany { v ->
  v.listFiles().findAll { it.name ==~ /slf4j-simple-[0-9.]+\.jar/ } as List } ?: []
check("slf4j-simple is in the test repository", simple.size() == 1, "found " + simple)
simple = simple[0]
(code, out, err) = run([simple.path], "telecom-refund")
check("exit code 0 with slf4j-simple", code == 0, err)
check("nothing on stderr with slf4j-simple", err.isEmpty(), "stderr was:\n" + err)

// 3. Without the optional language detector a letter that is not English still gets its
//    *.language diagnostic, and nothing on stderr.
(code, out, err) = run([], "consumer/not-english")
check("exit code 0 on a German pair", code == 0, err)
check("the German complaint is flagged as not English",
    out.contains("does not look English"), out)
check("nothing on stderr on a German pair", err.isEmpty(), "stderr was:\n" + err)

// 4. HOOK for the licence-clean default (not yet checked): once the default models are
//    trained only on data that allows commercial use, assert here that a default
//    ReplyAudit.analyze loads no model whose provenance licence is non-commercial (for example
//    by having example.Main print the licence of every model it loaded).
def checkNoNonCommercialModelLoadedByDefault = { String stdout ->
  def line = stdout.readLines().find { it.startsWith("models: ") }
  if (line == null) {
    throw new AssertionError("the consumer printed no 'models:' line:\n" + stdout)
  }
  if (!line.contains("CC0") || line.toLowerCase().contains("non-commercial")) {
    throw new AssertionError("the default analyzer does not load licence-clean models: " + line)
  }
  println "consumer check: the default models are licence-clean: " + line
}
checkNoNonCommercialModelLoadedByDefault(out)

return true
