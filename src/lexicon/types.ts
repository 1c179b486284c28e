import type { ActorKind, LexiconRef, StatementType } from '../types';

/** A state, from the world-countries package plus src/data/country-aliases.tsv. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-3. */
  id: string;
  /** Short English name, as the package gives it. */
  name: string;
  /** Demonyms and adjectives ("South Korean"). */
  demonyms: string[];
  capitals: string[];
}

export type GazetteerKind = 'country' | 'demonym' | 'capital' | 'body';

/** One surface form the gazetteer matches. */
export interface GazetteerEntry {
  /** Words of the surface form (lower-cased, leading "the" removed). */
  words: string[];
  /** Match only as written (for all-capital abbreviations). */
  exactCase: boolean;
  /** The alias was written with a leading "the" ("the North"): it matches only after "the". */
  needsThe: boolean;
  surface: string;
  kind: GazetteerKind;
  /** Country id (cca3) or body id. */
  ref: string;
  lexicon: LexiconRef;
}

export interface BodyEntry { id: string; name: string; kind: ActorKind; aliases: string[] }

export interface TitleEntry { words: string[]; role: string; cls: 'official' | 'expert' | 'media'; lexicon: LexiconRef }

export interface OrgHeadEntry { words: string[]; kind: 'organization' | 'media'; lexicon: LexiconRef }

export type CueClass = 'act' | 'eval' | 'report' | 'light' | 'attitude';
export type CueFrame = 'obj' | 'obj-of' | 'obj-to' | 'obj-for' | 'obj-that' | 'prep' | 'by' | 'clause' | 'joint' | '';

export interface CueEntry {
  /** Lower-cased words of one inflected form. */
  words: string[];
  lemma: string;
  type?: StatementType;
  cls: CueClass;
  frame: CueFrame;
  pos: 'v' | 'n' | 'a' | 'p';
  lexicon: LexiconRef;
}

/** All data the extractor uses, loaded once and passed in (never a module singleton). */
export interface Lexicons {
  countries: Map<string, CountryEntry>;
  bodies: Map<string, BodyEntry>;
  /** First word (lower-cased) → entries starting with it, longest first. */
  gazetteer: Map<string, GazetteerEntry[]>;
  titles: Map<string, TitleEntry[]>;
  orgHeads: Map<string, OrgHeadEntry[]>;
  cues: Map<string, CueEntry[]>;
  /** Words (lower-case) that are common English words, from compromise's lexicon. */
  commonWord(word: string): boolean;
  /** An English dictionary word (the `word-list` package): "affairs", "west". Names seldom are. */
  dictionaryWord(word: string): boolean;
  /** compromise's tags for a lower-case word (empty when unknown). */
  tagsOf(word: string): string[];
  /** Words compromise knows as first or last names. */
  nameWord(word: string): boolean;
}
