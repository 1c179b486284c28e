import type { ActorKind, LexiconRef, Span } from '../types';

export type MentionKind = ActorKind | 'name' | 'pronoun' | 'description';

/**
 * One place in a sentence that names or points to an actor. Token indices are into the
 * sentence's token list (half-open); `span` is into the document.
 */
export interface Mention {
  sentence: number;
  tok: { start: number; end: number };
  span: Span;
  text: string;
  kind: MentionKind;
  /** Rule id that produced it, `actors/…`. */
  rule: string;
  lexicon?: LexiconRef;
  /** Country (cca3) the mention is, or is affiliated to. */
  country?: string;
  /** International body id, for `organization` mentions from the gazetteer. */
  body?: string;
  /** Canonical name for person/organization/media/group mentions. */
  name?: string;
  role?: string;
  /** Title class of the role (official, expert, media). */
  roleClass?: 'official' | 'expert' | 'media';
  /** A demonym or name used as a modifier of a common noun ("Russian support"). */
  modifier?: boolean;
  /** Followed by 's. */
  possessive?: boolean;
  /** A possessive state before an organization's name ("Ruritania's" in "Ruritania's Foreign Ministry"). */
  statePrefix?: string;
  /** Token where a person's title begins ("President" in "President X"), when it comes before the name. */
  titleStart?: number;
  /** Titled by a plural title ("Senators X and Y"): the title also covers the next conjoined name. */
  pluralTitle?: boolean;
  /** Document offset where that title begins. */
  titleOffset?: number;
  /** Token index where an apposition after the name ends (the closing comma, or the verb that follows). */
  appositionEnd?: number;
  /** Only gives an affiliation to the next mention ("South Korea's" in "South Korea's minister X"). */
  affiliationOnly?: boolean;
  /** Pronoun features ("he"/"his"/"him": m, "she"/"her": f). */
  pronoun?: { person: 1 | 3; plural: boolean; human: boolean; gender?: 'm' | 'f' };
  /** Gender a title or honorific gives a person ("Mrs. Dupont", "spokeswoman Jane Novak"). */
  gender?: 'm' | 'f';
  /** "the embassy", "the Russian diplomat": head noun of a description. */
  head?: string;
  /** Mentions of a governing body of a person or state ("the Park administration"). */
  governmental?: boolean;
  /** Group mentions: how many modifier words its name has before the head noun ("right-wing Ruritanian leaders": 3). */
  groupWords?: number;
  /** Resolved entity key (filled by the registry). */
  entity?: string;
  /** Why it resolved that way. */
  resolution?: string;
}

export interface Entity {
  key: string;
  name: string;
  kind: ActorKind;
  country?: string;
  role?: string;
  roleClass?: 'official' | 'expert' | 'media';
  aliases: Set<string>;
  /** Lower-case name words, for surname look-up. */
  nameWords: string[];
  /** Head noun for organizations ("embassy", "ministry", "newspaper"). */
  heads: Set<string>;
  mentions: number;
  lastSentence: number;
  /** From an honorific or title ("Mr.", "Queen"), else from a given name the lexicon knows as male or female. */
  gender?: 'm' | 'f';
}
