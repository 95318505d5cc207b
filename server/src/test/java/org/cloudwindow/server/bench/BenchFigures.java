package org.cloudwindow.server.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cloudwindow.server.support.Browser;

/** What the call benchmarks read from the pages and how they sum it up. */
final class BenchFigures {

  private BenchFigures() {}

  /** The call's set-up steps (camera open, joined, link, connected to the first peer) in ms after {@code since}. */
  @SuppressWarnings("unchecked")
  static Map<String, Long> steps(Browser browser, double since) {
    Map<String, Object> marks = (Map<String, Object>) browser.script("return window.cloudwindowCall.timeline()");
    Map<String, Long> steps = new TreeMap<>();
    marks.forEach((name, at) -> steps.merge(name.split(":")[0], Math.round(((Number) at).doubleValue() - since), Math::min));
    return steps;
  }

  /** The q-quantile (nearest rank) of one column of the samples. */
  static long quantile(List<long[]> samples, int column, double q) {
    List<Long> sorted = new ArrayList<>(samples.stream().map(s -> s[column]).toList());
    Collections.sort(sorted);
    return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1))));
  }
}
