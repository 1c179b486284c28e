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
  /** The state of a national institution (a `body` from national-institutions.tsv). */
  country?: string;
}

export interface BodyEntry {
  id: string; name: string; kind: ActorKind; aliases: string[];
  /** A national institution's state (src/data/national-institutions.tsv); none for international bodies. */
  country?: string;
}

export interface TitleEntry {
  words: string[]; role: string; cls: 'official' | 'expert' | 'media' | 'honorific'; lexicon: LexiconRef;
  /** A head of state or government ("the Ruritanian leader" is the person with this role). */
  leader?: boolean;
  /** Gender the title says ("Mrs.", "spokeswoman"). */
  gender?: 'm' | 'f';
  /** The plural of a title ("Senators"): it titles conjoined names ("Senators X and Y"). */
  plural?: boolean;
}

export interface OrgHeadEntry { words: string[]; kind: 'organization' | 'media'; lexicon: LexiconRef }

/** A plural noun heading a collective actor (src/data/group-nouns.tsv). */
export interface GroupNounEntry { word: string; cls: 'group' | 'state' | 'state-only'; bare: 'yes' | 'the' | 'no'; lexicon: LexiconRef }

/** A word before a group noun that is left out of its name or keeps it the state (src/data/group-modifiers.tsv). */
export interface GroupModifierEntry { word: string; action: 'drop' | 'official'; lexicon: LexiconRef }

export type CueClass = 'act' | 'eval' | 'report' | 'light' | 'attitude';
export type CueUpos = 'VERB' | 'NOUN' | 'ADJ' | 'ADV' | 'PHRASE';
/**
 * Where a cue finds its target: `obj` (direct object, or the passive subject), `agent` (the passive
 * "by" phrase is the target), `joint` (symmetric: coordinated actors), `clause` (the actors the word is
 * predicated of), `ccomp` (a reporting verb's complement), `none`, or a preposition ("at", "on", "for").
 */
export type CueSlot = string;

export interface CueEntry {
  /** Lower-case lemma; a phrasal verb is verb + particle ("lash out"); a PHRASE is matched word by word. */
  lemma: string;
  /** Lemma words. */
  words: string[];
  upos: CueUpos;
  type?: StatementType;
  cls: CueClass;
  frames: CueSlot[];
  /** Fires only when one of its frame slots is present ("call on", "back X"). */
  strict: boolean;
  lexicon: LexiconRef;
}

/** The closed word classes of src/data/word-classes.tsv that the statement rules read. */
export const WORD_CLASSES = ['agent-head', 'reciprocal-noun', 'partitive', 'reaction-verb', 'reciprocal-verb', 'naming-verb', 'modal-adjective', 'place-head', 'desire-verb', 'ending-verb', 'lack-noun', 'given-name', 'opinion-verb', 'authorship-verb'] as const;
export type WordClass = typeof WORD_CLASSES[number];

/** All data the extractor uses, loaded once and passed in (never a module singleton). */
export interface Lexicons {
  /** Closed word classes (lower-case words), src/data/word-classes.tsv. */
  words: Record<WordClass, ReadonlySet<string>>;
  countries: Map<string, CountryEntry>;
  bodies: Map<string, BodyEntry>;
  /** First word (lower-cased) → entries starting with it, longest first. */
  gazetteer: Map<string, GazetteerEntry[]>;
  titles: Map<string, TitleEntry[]>;
  orgHeads: Map<string, OrgHeadEntry[]>;
  /** Plural heads of collective actors, by the lower-case word. */
  groupNouns: Map<string, GroupNounEntry>;
  /** Modifiers of group nouns that are dropped from the name or mark a state's apparatus. */
  groupModifiers: Map<string, GroupModifierEntry>;
  /** Cues by the first word of their lemma, longest first. */
  cues: Map<string, CueEntry[]>;
  /** A lower-case word that is, or inflects, the first word of a cue (for telling names from verbs). */
  cueWord(word: string): boolean;
  /** A people, faith or ethnic group named as a plural ("muslims", "kurds"): a population, no actor. */
  people(word: string): boolean;
  /** Words (lower-case) that are common English words, from compromise's lexicon. */
  commonWord(word: string): boolean;
  /** An English dictionary word (the `word-list` package): "affairs", "west". Names seldom are. */
  dictionaryWord(word: string): boolean;
  /** compromise's tags for a lower-case word (empty when unknown). */
  tagsOf(word: string): string[];
  /** Words compromise knows as first or last names. */
  nameWord(word: string): boolean;
}
