package org.cloudwindow.server.catalog;

/** Why a search result matched, best first, so the tablet can say why it is offered. */
public enum MatchKind {
  /** The standard code, exactly or as a prefix. */
  CODE,
  /** The official name contains the query. */
  NAME,
  /** A plain-language alias contains the query. */
  ALIAS,
  /** The query is a run of pinyin initials of the name or an alias ({@code gljt}). */
  PINYIN,
  /** The query shares character pairs with the name or aliases ("高龄补贴" for 高龄津贴). */
  SIMILAR
}
