package org.cloudwindow.server.catalog;

import java.util.ArrayList;
import java.util.List;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials of a text, for queries such as {@code gljt} (高龄津贴). A character with several
 * readings keeps the initials of all of them (长: {@code zc}; 给: {@code jg}) and a query letter
 * matches any of them: taking only the dictionary's first reading would make 给老人 {@code jlr}
 * instead of the {@code glr} everyone types, and spelling out every combination would multiply
 * with each polyphonic character. The cost is an occasional extra match, ranked low anyway.
 */
final class Pinyin {

  private Pinyin() {}

  /**
   * One entry per searchable character of an already normalised text: the possible initials of a
   * Chinese character, or the character itself for a lower-case letter or digit. Anything else
   * (punctuation, symbols) is left out, so 高龄津贴(申领) reads {@code gljtsl}.
   */
  static String[] initials(String text) {
    List<String> out = new ArrayList<>(text.length());
    text.codePoints().forEach(cp -> {
      if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
        out.add(Character.toString(cp));
      } else if (Character.isBmpCodePoint(cp)
          && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) cp);
        StringBuilder letters = new StringBuilder(2);
        if (readings != null) {
          for (String reading : readings) {
            char first = reading.isEmpty() ? 0 : reading.charAt(0);
            if (first >= 'a' && first <= 'z' && letters.indexOf(String.valueOf(first)) < 0) {
              letters.append(first);
            }
          }
        }
        if (!letters.isEmpty()) {
          out.add(letters.toString());
        }
      }
    });
    return out.toArray(String[]::new);
  }

  /** Where the query's letters first match consecutive characters' initials, or -1. */
  static int indexOf(String[] initials, String query) {
    outer:
    for (int start = 0; start + query.length() <= initials.length; start++) {
      for (int i = 0; i < query.length(); i++) {
        if (initials[start + i].indexOf(query.charAt(i)) < 0) {
          continue outer;
        }
      }
      return start;
    }
    return -1;
  }

  /** A query that can only be pinyin initials: ASCII letters, maybe digits, at least one letter. */
  static boolean isInitialsQuery(String normalisedQuery) {
    boolean letter = false;
    for (int i = 0; i < normalisedQuery.length(); i++) {
      char c = normalisedQuery.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letter = true;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return letter;
  }
}
