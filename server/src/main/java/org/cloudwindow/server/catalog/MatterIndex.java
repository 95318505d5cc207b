package org.cloudwindow.server.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cloudwindow.server.site.Department;
import org.jspecify.annotations.Nullable;

/**
 * An immutable in-memory search index over the enabled matters; a new one replaces it after every
 * import. Chinese has no spaces to split words on, so instead of segmenting, a query is matched as
 * a substring, as pinyin initials, and as a set of character pairs (bigrams) weighted by how rare
 * each pair is: 高龄补贴 shares the rare 高龄 with 高龄津贴 and only the common 补贴 with others.
 * A catalogue has hundreds of matters, so a linear scan per query takes well under a millisecond.
 */
final class MatterIndex {

  /** The weighted share of the query's known bigrams a matter must contain to be offered. */
  static final double MIN_SIMILARITY = 0.3;
  /** Longer than any name or alias: what follows cannot improve a match, only cost time. */
  static final int MAX_QUERY_LENGTH = 100;

  private final List<Entry> entries;
  private final Map<String, Integer> bigramFrequency = new HashMap<>();

  private MatterIndex(List<Entry> entries) {
    this.entries = entries;
    entries.forEach(entry -> entry.bigrams.forEach(b -> bigramFrequency.merge(b, 1, Integer::sum)));
  }

  /** Indexes the enabled matters; departments are listed in their display order. */
  static MatterIndex of(Collection<Matter> matters, List<Department> departments) {
    Map<String, Integer> order = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < departments.size(); i++) {
      order.put(departments.get(i).code(), i);
      names.put(departments.get(i).code(), departments.get(i).name());
    }
    List<Entry> entries = matters.stream().filter(Matter::enabled)
        .map(matter -> new Entry(matter, names.getOrDefault(matter.departmentCode(), matter.departmentCode()),
            order.getOrDefault(matter.departmentCode(), Integer.MAX_VALUE)))
        .sorted(Comparator.comparingInt((Entry e) -> e.departmentOrder).thenComparing(e -> e.matter.code()))
        .toList();
    return new MatterIndex(entries);
  }

  int size() {
    return entries.size();
  }

  /**
   * The best matches for a query, best first: exact code, code prefix, name exact, name prefix,
   * name substring, alias substring (the alias the query covers most first), pinyin initials,
   * bigram similarity (the most similar first); remaining ties go to the shorter name. An empty
   * query lists the catalogue by department.
   */
  List<MatterSummary> search(String query, int limit) {
    String normalised = normalise(query);
    String q = normalised.length() > MAX_QUERY_LENGTH ? normalised.substring(0, MAX_QUERY_LENGTH) : normalised;
    if (q.isEmpty()) {
      return entries.stream().limit(limit).map(entry -> entry.summary(null)).toList();
    }
    Query parsed = new Query(q, Pinyin.isInitialsQuery(q), bigramsOfChinese(q));
    double knownWeight = parsed.bigrams.stream().filter(bigramFrequency::containsKey).mapToDouble(this::weight).sum();
    List<Hit> hits = new ArrayList<>();
    for (Entry entry : entries) {
      Hit hit = match(entry, parsed, knownWeight);
      if (hit != null) {
        hits.add(hit);
      }
    }
    hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(Comparator.comparingDouble(Hit::similarity).reversed())
        .thenComparingInt(hit -> hit.entry.name.length()).thenComparing(hit -> hit.entry.matter.code()));
    return hits.stream().limit(limit).map(hit -> hit.entry.summary(hit.kind())).toList();
  }

  private @Nullable Hit match(Entry entry, Query query, double knownWeight) {
    String q = query.text;
    if (entry.code.equals(q)) {
      return new Hit(entry, 0, 0);
    }
    if (entry.code.startsWith(q)) {
      return new Hit(entry, 1, 0);
    }
    if (entry.name.equals(q)) {
      return new Hit(entry, 2, 0);
    }
    if (entry.name.startsWith(q)) {
      return new Hit(entry, 3, 0);
    }
    if (entry.name.contains(q)) {
      return new Hit(entry, 4, 0);
    }
    // Among alias matches, the alias the query covers most says it best: 低保 is most of 吃低保.
    double aliasCoverage = entry.aliases.stream().filter(alias -> alias.contains(q))
        .mapToDouble(alias -> (double) q.length() / alias.length()).max().orElse(0);
    if (aliasCoverage > 0) {
      return new Hit(entry, 5, aliasCoverage);
    }
    if (query.initials) {
      Hit pinyin = matchInitials(entry, q);
      if (pinyin != null) {
        return pinyin;
      }
    }
    if (knownWeight > 0) {
      double shared = query.bigrams.stream().filter(entry.bigrams::contains).mapToDouble(this::weight).sum();
      double similarity = shared / knownWeight;
      if (similarity >= MIN_SIMILARITY) {
        return new Hit(entry, 10, similarity);
      }
    }
    return null;
  }

  /**
   * Initials at the start of the name, then of an alias, then inside the name, then inside an
   * alias: two letters inside a long name ({@code yb} in 失业保险) match by chance more often
   * than at the start of what a resident says. A single letter only matches at a start.
   */
  private static @Nullable Hit matchInitials(Entry entry, String q) {
    int inName = Pinyin.indexOf(entry.nameInitials, q);
    if (inName == 0) {
      return new Hit(entry, 6, 0);
    }
    int inAlias = entry.aliasInitials.stream().mapToInt(alias -> Pinyin.indexOf(alias, q))
        .filter(at -> at >= 0).min().orElse(-1);
    if (inAlias == 0) {
      return new Hit(entry, 7, 0);
    }
    if (q.length() > 1 && inName > 0) {
      return new Hit(entry, 8, 0);
    }
    if (q.length() > 1 && inAlias > 0) {
      return new Hit(entry, 9, 0);
    }
    return null;
  }

  /** Rare pairs weigh more: ln(1 + N / matters containing the pair). */
  private double weight(String bigram) {
    int frequency = bigramFrequency.getOrDefault(bigram, 0);
    return frequency == 0 ? 0 : Math.log1p((double) entries.size() / frequency);
  }

  /** Full-width forms folded (ＧＬＪＴ, ３３０２), lower case, no whitespace. */
  static String normalise(@Nullable String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The pairs of adjacent letters and digits; punctuation breaks a pair. Empty without Chinese. */
  static Set<String> bigramsOfChinese(String normalised) {
    boolean chinese = normalised.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    return chinese ? bigrams(normalised) : Set.of();
  }

  private static Set<String> bigrams(String normalised) {
    Set<String> out = new HashSet<>();
    int previous = -1;
    for (int cp : normalised.codePoints().toArray()) {
      if (!Character.isLetterOrDigit(cp)) {
        previous = -1;
        continue;
      }
      if (previous >= 0) {
        out.add(new StringBuilder(2).appendCodePoint(previous).appendCodePoint(cp).toString());
      }
      previous = cp;
    }
    return out;
  }

  private record Query(String text, boolean initials, Set<String> bigrams) {}

  /** A match: a lower rank is better; within a rank, a higher similarity (or alias coverage). */
  private record Hit(Entry entry, int rank, double similarity) {
    MatchKind kind() {
      return switch (rank) {
        case 0, 1 -> MatchKind.CODE;
        case 2, 3, 4 -> MatchKind.NAME;
        case 5 -> MatchKind.ALIAS;
        case 6, 7, 8, 9 -> MatchKind.PINYIN;
        default -> MatchKind.SIMILAR;
      };
    }
  }

  /** A matter with its texts prepared once for matching. */
  private static final class Entry {
    final Matter matter;
    final String departmentName;
    final int departmentOrder;
    final String code;
    final String name;
    final List<String> aliases;
    final String[] nameInitials;
    final List<String[]> aliasInitials;
    final Set<String> bigrams = new HashSet<>();

    Entry(Matter matter, String departmentName, int departmentOrder) {
      this.matter = matter;
      this.departmentName = departmentName;
      this.departmentOrder = departmentOrder;
      this.code = normalise(matter.code());
      this.name = normalise(matter.name());
      this.aliases = matter.aliases().stream().map(MatterIndex::normalise).toList();
      this.nameInitials = Pinyin.initials(name);
      this.aliasInitials = aliases.stream().map(Pinyin::initials).toList();
      bigrams.addAll(bigrams(name));
      aliases.forEach(alias -> bigrams.addAll(bigrams(alias)));
    }

    MatterSummary summary(@Nullable MatchKind kind) {
      return new MatterSummary(matter.code(), matter.name(), matter.aliases(), matter.departmentCode(),
          departmentName, matter.handlingTier(), matter.promisedDays(), matter.remoteEligible(), kind);
    }
  }
}
