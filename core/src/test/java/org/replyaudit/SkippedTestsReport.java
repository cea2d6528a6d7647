package org.replyaudit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says loudly, at the end of a module's tests, which tests were skipped and why: a test whose
 * assumption failed (no Chromium for the browser test, no {@code ../shared} data) passes
 * silently in Maven's summary otherwise, and a newcomer would not know what went unchecked.
 * Registered for every module that tests through core (the test jar's
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}).
 */
public final class SkippedTestsReport implements TestExecutionListener {
  private final Map<String, List<String>> skipped = new TreeMap<>();

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    record(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      record(test, result.getThrowable().map(Throwable::getMessage).orElse("assumption not met"));
    }
  }

  private synchronized void record(TestIdentifier test, String reason) {
    if (test.isTest() || test.isContainer() && test.getSource().isPresent()) {
      String why = reason == null ? "" : reason.replaceFirst("^Assumption failed: ", "");
      String name = test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
          .map(m -> m.getJavaClass().getSimpleName() + "." + m.getMethodName()).orElse(test.getDisplayName());
      skipped.computeIfAbsent(why, k -> new ArrayList<>()).add(name);
    }
  }

  @Override
  public synchronized void testPlanExecutionFinished(TestPlan plan) {
    if (skipped.isEmpty()) {
      return;
    }
    int n = skipped.values().stream().mapToInt(List::size).sum();
    StringBuilder b = new StringBuilder();
    String rule = "=".repeat(78);
    b.append('\n').append(rule).append('\n')
        .append("WARNING: ").append(n).append(" test(s) were SKIPPED, not run:\n");
    skipped.forEach((why, tests) -> {
      b.append("  ").append(why).append('\n');
      b.append("    ").append(String.join(", ", tests.size() > 12 ? tests.subList(0, 12) : tests))
          .append(tests.size() > 12 ? ", … (" + tests.size() + " in all)" : "").append('\n');
    });
    b.append("Run .ci/run (it installs Chromium) with ../shared beside the checkout to run them all.\n")
        .append(rule).append('\n');
    System.out.print(b);
    System.out.flush();
  }
}
