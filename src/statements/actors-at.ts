/**
 * Actors at a token
 * =================
 *
 * Which actors a nominal of the parse stands for. Each way has a rule id that goes into the evidence:
 *
 * - `statements/actor-mention`      the token lies in an actor mention ("Foreign Minister X", "Ruritania")
 * - `statements/actor-appos`        an apposition names the actor ("the minister, Jane Doe,"); it attaches a
 *                                   description to the name and never makes a second actor
 * - `statements/actor-conj`         coordinated nominals distribute ("Ruritania and Osterlich condemned")
 * - `statements/actor-affiliation`  a body speaking for a state or person through a modifier ("Ruritania's
 *                                   government", "Ruritanian officials", "the Doe administration")
 * - `statements/actor-pronoun`      a pronoun, resolved by the discourse (see `Discourse`)
 * - `statements/actor-relative`     a relative pronoun ("who", "which") is the noun its clause modifies
 *
 * `actorsIn` collects every actor inside a phrase: targets are actors, not topics ("the arms deal between
 * Ruritania and Osterlich" → both).
 */
import type { Mention } from '../actors/types';
import type { Lexicons } from '../lexicon/types';
import type { Tree } from './tree';

export interface ActorHit {
  key: string;
  /** Token range of the words naming it (half-open). */
  tok: [number, number];
  rule: string;
}


export interface PronounResolver {
  (m: Mention, tok: number): string[] | undefined;
}

/** Makes (or finds) a group actor by name; returns its key. */
export type GroupMaker = (name: string, country?: string) => string;




/** Makes a person of an unresolved one-word name ("Dupont"); returns its key. */
export type NameMaker = (m: Mention) => string | undefined;

/** The data actors are found through: word classes (src/data/word-classes.tsv) and group nouns (group-nouns.tsv). */
export type ActorData = Pick<Lexicons, 'words' | 'groupNouns' | 'groupModifiers'>;

export class ActorFinder {
  constructor(private readonly t: Tree, private readonly lex: ActorData, private readonly pronoun: PronounResolver, private readonly group?: GroupMaker, private readonly bareName?: NameMaker,
    private readonly isPeople?: (word: string) => boolean, private readonly members?: () => string[] | undefined) {}

  private mentionKeys(i: number): ActorHit[] | undefined {
    const m = this.t.mentionAt[i];
    if (!m) return undefined;
    if (m.kind === 'pronoun') {
      const keys = this.pronoun(m, i);
      return keys?.map((key) => ({ key, tok: [i, i + 1] as [number, number], rule: 'statements/actor-pronoun' }));
    }
    if (!m.entity || m.affiliationOnly) return undefined;
    return [{ key: m.entity, tok: this.tokRange(m), rule: 'statements/actor-mention' }];
  }

  tokRange(m: Mention): [number, number] {
    let a = -1;
    let b = -1;
    for (let k = 0; k < this.t.n; k++) if (this.t.mentionAt[k] === m) { if (a < 0) a = k; b = k + 1; }
    return a < 0 ? [0, 0] : [a, b];
  }

  /** The actors a nominal token stands for, distributing over coordination. */
  actorsOf(i: number, seen = new Set<number>()): ActorHit[] {
    if (i < 0 || seen.has(i)) return [];
    seen.add(i);
    const t = this.t;
    let own = this.own(i);
    // a relative pronoun stands for the noun its clause modifies
    if (!own.length && /^(who|which|that|whom)$/.test(t.lower(i))) {
      const clause = t.head(i);
      if (clause >= 0 && t.rel(clause) === 'acl:relcl') own = this.actorsOf(t.head(clause), seen).map((h) => ({ ...h, rule: 'statements/actor-relative' }));
    }
    const out = [...own];
    const asAppos = this.apposAsConj(i);
    for (const c of t.kids(i, 'conj')) {
      if (t.isClausal(c) || t.upos(c) === 'VERB' || asAppos.includes(c)) continue;
      // "Dupont, like Novak, has said": a conjunct with a preposition of its own is a comparison, not a coordination
      if (t.kids(c, 'case').some((k) => k < c)) continue;
      for (const h of this.actorsOf(c, seen)) out.push({ ...h, rule: h.rule === 'statements/actor-mention' ? 'statements/actor-conj' : h.rule });
    }
    return dedupe(out);
  }

  /** The token alone (with appositions and affiliation modifiers), without its conjuncts. */
  private own(i: number): ActorHit[] {
    const t = this.t;
    // "the deputy minister, Jane Doe", "the newspaper, the Daily Ruritanian": a named apposition wins
    // over the description it names
    const m = t.mentionAt[i];
    if (!m || m.kind === 'description' || m.kind === 'pronoun' || !m.entity) {
      for (const a of [...t.kids(i, 'appos'), ...this.apposAsConj(i)]) {
        const am = t.mentionAt[a];
        if (!am || am.kind === 'description' || am.kind === 'pronoun') continue;
        const h = this.mentionKeys(a);
        if (h?.length) return h.map((x) => ({ ...x, rule: 'statements/actor-appos' }));
      }
    }
    // "the representative of the Ruritanian Foreign Ministry", "the spokesman for the Dupont Institute": an
    // unnamed voice of a named organization is that organization, not the last person with a like role
    if (m?.kind === 'description' && (this.lex.words['agent-head'].has(t.lemma(i)) || this.lex.words['agent-head'].has(t.lower(i)))) {
      for (const c of t.kids(i, 'nmod')) {
        if (!/^(of|for)$/.test(t.caseOf(c) ?? '')) continue;
        const om = t.mentionAt[c];
        if (!om || (om.kind !== 'organization' && om.kind !== 'media')) continue;
        const h = this.mentionKeys(c);
        if (h?.length) return h.map((x) => ({ ...x, rule: 'statements/actor-voice-of' }));
      }
    }
    const direct = this.mentionKeys(i);
    if (direct?.length) return direct;
    // "Dupont said", "Novak warned": an unknown one-word name as the subject of a verb is a person
    if (m && !m.entity && m.kind === 'name' && t.upos(i) === 'PROPN' && t.base(i) === 'nsubj' && this.bareName) {
      const key = this.bareName(m);
      if (key) return [{ key, tok: this.tokRange(m), rule: 'statements/actor-bare-name' }];
    }
    // "Ruritanian Prime Minister Jan Novak" parsed with the state as head: the affiliation stands for its person
    if (m?.affiliationOnly) {
      for (let k = i + 1; k < Math.min(t.n, i + 6); k++) {
        const pm = t.mentionAt[k];
        if (pm && pm !== m && pm.kind === 'person' && pm.entity) return [{ key: pm.entity, tok: this.tokRange(pm), rule: 'statements/actor-affiliated-person' }];
      }
    }
    for (const a of t.kids(i, 'appos')) {
      const h = this.mentionKeys(a);
      if (h?.length) return h.map((x) => ({ ...x, rule: 'statements/actor-appos' }));
    }
    // flat/compound names whose head the parser chose differently from the mention finder
    for (const c of t.kids(i, 'flat', 'compound')) {
      const h = this.mentionKeys(c);
      if (h?.length && t.mentionAt[c]?.kind !== 'country') return h;
    }
    // "Ruritania's government", "Ruritanian officials", "officials of Ruritania", "the Doe administration",
    // "a spokesman for the Ruritanian Foreign Ministry"
    if (this.lex.words['agent-head'].has(t.lemma(i)) || this.lex.words['agent-head'].has(t.lower(i))) {
      for (const c of t.kids(i, 'nmod:poss', 'amod', 'compound', 'nmod', 'flat')) {
        if (t.base(c) === 'nmod' && !/^(of|from|in|for)$/.test(t.caseOf(c) ?? '')) continue;
        const h = this.mentionKeys(c);
        // "delegations from Ruritania and Osterlich": the body speaks for each coordinated state
        const conj = t.base(c) === 'nmod' && h?.length ? t.kids(c, 'conj').flatMap((k) => (t.upos(k) === 'PROPN' ? this.mentionKeys(k) ?? [] : [])) : [];
        if (h?.length) return dedupe([...h, ...conj]).map((x) => ({ ...x, rule: 'statements/actor-affiliation' }));
      }
    }
    // "the two sides", "both countries", "the two leaders": the actors just named together
    if (this.lex.words['reciprocal-noun'].has(t.lemma(i)) && t.kids(i, 'nummod', 'det').some((k) => /^(two|both)$/.test(t.lower(k)))) {
      const keys = this.members?.();
      if (keys && keys.length === 2) return keys.map((key) => ({ key, tok: [i, i + 1] as [number, number], rule: 'statements/actor-the-two' }));
    }
    // "a group of senior lawmakers", "a group of lawmakers": a partitive noun stands for its members
    if (this.lex.words.partitive.has(t.lemma(i)) || this.lex.words.partitive.has(this.hyphenated(i))) {
      for (const c of t.kids(i, 'nmod')) {
        if (t.caseOf(c) !== 'of') continue;
        const h = this.actorsOf(c);
        if (h.length) return h.map((x) => ({ ...x, rule: 'statements/actor-partitive' }));
      }
    }
    return this.collective(i);
  }

  /**
   * "The leading newspaper, the Daily Ruritanian, accused …" parsed as a coordination: a named conjunct set off
   * by a comma, with no "and"/"or" in the coordination, after a description, is its apposition (one actor, the
   * name), not a second actor. Empty unless `i` is a description (or an unnamed noun).
   */
  private apposAsConj(i: number): number[] {
    const t = this.t;
    const m = t.mentionAt[i];
    if (m && m.kind !== 'description') return [];
    const conj = t.kids(i, 'conj');
    if (conj.length !== 1 || t.kids(conj[0], 'cc').length) return [];
    const c = conj[0];
    const cm = t.mentionAt[c];
    if (!cm || !cm.entity || cm.kind === 'description' || cm.kind === 'pronoun' || cm.kind === 'country') return [];
    // the comma right before the conjunct's phrase
    const first = Math.min(...t.subtree(c).filter((k) => t.upos(k) !== 'PUNCT'));
    return first > 0 && t.toks[first - 1].form === ',' ? [c] : [];
  }

  /** "cross-section" split by the tokenizer into "cross - section": the word as written, lower-case ("" if none). */
  private hyphenated(i: number): string {
    const t = this.t;
    if (i < 2 || t.toks[i - 1].form !== '-' || t.head(i - 2) !== i) return '';
    return `${t.lower(i - 2)}-${t.lower(i)}`;
  }

  /** "rights groups", "Eastern envoys", "40 senators": a group actor named by its phrase. */
  private collective(i: number): ActorHit[] {
    const t = this.t;
    if (!this.group || (t.upos(i) !== 'NOUN' && t.upos(i) !== 'PROPN')) return [];
    const form = t.toks[i].form;
    // "the Conservatives", "Republicans", "Tories": a capitalized plural inside the sentence is a party or movement
    // (only as a subject: "the Conservatives condemned"; as a target such plurals are mostly peoples, "Muslims")
    const partyLike = i > 0 && t.base(i) === 'nsubj' && /^\p{Lu}\p{Ll}+s$/u.test(form) && !t.inQuote[i - 1] && t.lower(i) !== t.lemma(i) && !t.mentionAt[i]?.entity;
    // (the plural heads of src/data/group-nouns.tsv that can name a group: not those that only stand for a state)
    const noun = this.lex.groupNouns.get(t.lower(i));
    if ((!noun || noun.cls === 'state-only') && !partyLike) return [];
    if (this.isPeople?.(t.lower(i))) return [];
    const mods = t.kids(i, 'compound', 'amod').filter((k) => k < i && (t.base(k) === 'compound' || /^\p{Lu}/u.test(t.toks[k].form))
      && this.lex.groupModifiers.get(t.lower(k))?.action !== 'drop');
    // a bare plural ("organizations", "allies", "the lawmakers") names no one: a group is named by what
    // sets it apart ("human rights groups", "Ruritanian lawmakers"); a capitalized party name is its own name
    if (!mods.length && !partyLike) return [];
    // a state's own officials are that state: the mention finder says so; here a demonym gives the group a state
    let country: string | undefined;
    for (const k of mods) { const m = t.mentionAt[k]; if (m?.country && m.kind === 'country') country = m.country; }
    const words = [...mods.flatMap((k) => t.subtree(k).filter((x) => t.base(x) !== 'det' && t.base(x) !== 'case')), i].sort((a, b) => a - b);
    const name = words.map((k) => t.toks[k].form).join(' ').replace(/ - /g, '-');
    const key = this.group(name, country);
    return [{ key, tok: [words[0], i + 1], rule: 'statements/actor-group' }];
  }

  /**
   * Every actor named inside the phrase of `i` (its subtree within the clause), e.g. the targets of
   * "condemned the arms deal between Ruritania and Osterlich". Stops at clauses and relative clauses.
   */
  actorsIn(i: number, exclude: Set<string> = new Set()): ActorHit[] {
    const out: ActorHit[] = [];
    const seenMentions = new Set<Mention>();
    const direct = this.actorsOf(i);
    for (const h of direct) if (!exclude.has(h.key)) out.push(h);
    // "the tariffs imposed by Ruritania": the agent of a participle that modifies the noun is in the phrase too
    const phrase = this.t.nounPhrase(i);
    for (const k of [...phrase]) {
      for (const a of this.t.kids(k, 'acl')) {
        for (const ag of this.t.kids(a, 'obl:agent', 'obl').filter((x) => this.t.caseOf(x) === 'by')) phrase.push(...this.t.nounPhrase(ag));
      }
    }
    for (const k of phrase) {
      const m = this.t.mentionAt[k];
      if (!m || seenMentions.has(m)) continue;
      seenMentions.add(m);
      const hits = this.mentionKeys(k);
      for (const h of hits ?? []) if (!exclude.has(h.key)) out.push({ ...h, rule: h.rule === 'statements/actor-mention' ? 'statements/actor-in-phrase' : h.rule });
    }
    return dedupe(out);
  }

  /** Every actor in a set of tokens (a content region, a clause). */
  actorsInTokens(toks: Iterable<number>, exclude: Set<string> = new Set()): ActorHit[] {
    const out: ActorHit[] = [];
    const seenMentions = new Set<Mention>();
    for (const k of toks) {
      const m = this.t.mentionAt[k];
      if (!m || seenMentions.has(m)) continue;
      seenMentions.add(m);
      for (const h of this.mentionKeys(k) ?? []) if (!exclude.has(h.key)) out.push({ ...h, rule: 'statements/actor-in-clause' });
    }
    return dedupe(out);
  }
}

function dedupe(hits: ActorHit[]): ActorHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => (seen.has(h.key) ? false : (seen.add(h.key), true)));
}
