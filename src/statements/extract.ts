/**
 * Statements from the parse
 * =========================
 *
 * Turns the cues of a parsed sentence into actor → type → target drafts. Every draft lists the rules
 * that fired (`statements/…`) and the lexicon lines that decided.
 *
 * 1. Speech (`speech/…`): a reporting verb's subject speaks; its `ccomp`, `parataxis` or quotation is
 *    what was said. "X said." after a quotation, "according to X", a colon after the speaker and a
 *    paragraph that goes on inside a quotation all open such a region.
 * 2. Acts (`act/…`): a cue verb's performer is its subject (`nsubj`), the agent of a passive (`obl:agent`),
 *    the controller of an infinitive (`xcomp`), the first of coordinated verbs (`conj`) or the noun a
 *    relative clause modifies (`acl:relcl`); its targets come from the cue's frame (object, the passive
 *    subject, a preposition). "We"/"I" inside what was said are the speaker.
 * 3. Nominal cues (`nominal/…`): "X's criticism of Y", "condemnation from X", "expressed concern over Y"
 *    (the light verb's subject performs).
 * 4. Evaluations (`eval/…`): an evaluative word inside what was said ("illegal", "a provocation") makes the
 *    speaker judge the actors it is predicated of; "called X unjustified" does the same outside quotes.
 *    Irrealis ("would", "if") turns a negative judgement into WARN.
 * 5. Reported speech that yields no typed statement is a COMMENT on the actors it mentions, with the
 *    reporting verb as its cue.
 *
 * Negated cues, subjects that are no actor and cues with no actor as target give no statement; each
 * such drop is an `info` message with its rule id.
 */
import type { Mention } from '../actors/types';
import type { Registry } from '../actors/registry';
import type { CueEntry, Lexicons } from '../lexicon/types';
import type { LexiconRef, Message, StatementType } from '../types';
import { ActorFinder, type ActorHit } from './actors-at';
import { findCues, type CueHit } from './cues';
import type { Tree } from './tree';

/** A statement before it becomes a record: entity keys and token ranges of the sentence. */
export interface Draft {
  sentence: number;
  actor: string;
  target: string;
  type: StatementType;
  cue: [number, number];
  actorTok?: [number, number];
  targetTok?: [number, number];
  quote?: [number, number];
  confidence: number;
  rules: string[];
  lexicon: LexiconRef[];
}

/** What carries from one sentence to the next. */
export interface Discourse {
  /** The last speaker of the paragraph (for a quotation that goes on). */
  speaker?: string;
  /** The last speaker of the paragraph before, until the first sentence of this one is read. */
  previousSpeaker?: string;
  /** The last person who acted or spoke, and the last non-person actor (for "he", "it"). */
  lastPerson?: string;
  lastThing?: string;
  /** The actors of the last statement with two or more performers (for "they"). */
  lastGroup?: string[];
  /** Targets of the last negative statement of the paragraph (for "the move" with no actor). */
  negTargets?: string[];
  /** How often each actor was the target of a negative statement in the document so far. */
  salient?: Map<string, number>;
  /**
   * Whose a thing named by a noun is, from earlier sentences: "the Ruritanian ban" / "Ruritania's ban" → the
   * ban is Ruritania's; `type:SANCTION` → who last imposed a sanction named by a noun ("the embargo").
   */
  owners?: Map<string, string[]>;
}

export interface SentenceInput {
  index: number;
  tree: Tree;
  /** The sentence starts inside a quotation opened before it. */
  startsInQuote: boolean;
  /** The speaker named where the quotation this sentence opens or continues closes, in a later sentence. */
  speakerAhead?: string[];
}

interface Region {
  speaker: string[];
  speakerTok?: [number, number];
  cue: CueHit | undefined;
  /** The reporting token (for the COMMENT cue), or -1. */
  at: number;
  toks: Set<number>;
  rule: string;
  /** How the speaker was found (the performer rule and the actor rules), for the evidence. */
  speakerRules?: string[];
  produced: boolean;
}

interface Performer { hits: ActorHit[]; rule: string }

const NEGATIVE: ReadonlySet<StatementType> = new Set(['CRITICIZE', 'ACCUSE', 'WARN', 'DEMAND', 'REJECT', 'PROTEST', 'SANCTION']);
const POSITIVE: ReadonlySet<StatementType> = new Set(['SUPPORT', 'COOPERATE', 'MEET']);

export class StatementExtractor {
  private readonly drafts: Draft[] = [];
  private readonly regions: Region[] = [];
  private readonly af: ActorFinder;
  private readonly cues: CueHit[];

  constructor(
    private readonly lex: Lexicons,
    private readonly registry: Registry,
    private readonly s: SentenceInput,
    private readonly d: Discourse,
    private readonly report: (m: Omit<Message, 'source'>) => void,
  ) {
    this.af = new ActorFinder(s.tree, lex, (m, tok) => this.resolvePronoun(m, tok), (name, country) => this.registry.group(name, s.index, country).key, (m) => this.registry.bareName(m)?.key, (w) => lex.people(w), () => this.d.lastGroup);
    this.cues = findCues(lex, s.tree);
  }

  private get t(): Tree { return this.s.tree; }

  /** What the pronoun at token `i` resolves to (for the gap report), or undefined. */
  pronounAt(i: number): string[] | undefined {
    const m = this.t.mentionAt[i];
    return m?.kind === 'pronoun' ? this.resolvePronoun(m, i) : undefined;
  }

  /** The sentence has a speech region of its own (a speaker for what it quotes). */
  hasSpeech(): boolean { return this.regions.length > 0; }

  /** Who speaks the quotation this sentence starts in ("… over," X said.), if a region covers it. */
  quoteSpeaker(): string[] | undefined {
    const first = this.t.inQuote.indexOf(true);
    if (first < 0) return undefined;
    return this.regions.find((r) => r.toks.has(first) && r.rule !== 'statements/speech-continued-quote')?.speaker;
  }

  run(): Draft[] {
    this.speech();
    for (const c of this.cues) {
      if (c.entry.cls === 'report') continue;
      const upos = this.t.upos(c.tok);
      if (this.lacked(c)) continue;
      if (c.entry.cls === 'eval') this.evaluate(c);
      else if (c.entry.upos === 'NOUN' || (c.entry.upos === 'PHRASE' && (upos === 'NOUN' || upos === 'PROPN'))) this.nominal(c);
      else if (c.entry.cls === 'attitude') this.attitude(c);
      else if (c.entry.cls === 'light') this.nominal(c);
      else this.act(c);
    }
    this.demandEnding();
    this.comments();
    // a COMMENT on a pair that also has a typed statement here says nothing more
    const typed = new Set(this.drafts.filter((d) => d.type !== 'COMMENT').map((d) => `${d.actor}\u0000${d.target}`));
    for (let k = this.drafts.length - 1; k >= 0; k--) {
      const d = this.drafts[k];
      if (d.type === 'COMMENT' && typed.has(`${d.actor}\u0000${d.target}`)) this.drafts.splice(k, 1);
    }
    this.remember();
    return this.drafts;
  }

  // ---------------------------------------------------------------------------------------------
  // discourse

  private regionOf(i: number): Region | undefined {
    let best: Region | undefined;
    for (const r of this.regions) if (r.toks.has(i) && (!best || r.toks.size < best.toks.size)) best = r;
    return best;
  }

  private resolvePronoun(m: Mention, tok: number): string[] | undefined {
    const p = m.pronoun;
    if (!p) return undefined;
    if (p.person === 1) {
      const r = this.regionOf(tok);
      if (r) return r.speaker;
      if (this.t.inQuote[tok] && this.d.speaker) return [this.d.speaker];
      return undefined; // the author's "we"
    }
    if (p.human) {
      // the nearest person named before it in the same sentence ("Dupont … rejecting criticism of his …"),
      // else the person who last acted or spoke
      // a subject pronoun takes a subject named before it first (subject parallelism: "Novak told the paper
      // that … Dupont's …, but he said …" → Novak)
      const fits = (pm: Mention | undefined, k: number): pm is Mention => Boolean(pm && pm !== m && pm.entity && pm.kind !== 'pronoun' && this.t.inQuote[k] === this.t.inQuote[tok] && this.registry.agrees(pm.entity, p));
      if (this.t.base(tok) === 'nsubj') {
        for (let k = tok - 1; k >= 0; k--) {
          const pm = this.t.mentionAt[k];
          if (fits(pm, k) && this.t.base(k) === 'nsubj') return [pm.entity!];
        }
      }
      for (let k = tok - 1; k >= 0; k--) {
        const pm = this.t.mentionAt[k];
        if (fits(pm, k)) return [pm.entity!];
      }
      // gender from titles, honorifics and given names (`Registry.agrees`): "she" skips the last man named;
      // "he" inside a quotation is someone other than its speaker ("He did well," Dupont recalled)
      const self = new Set(this.t.inQuote[tok] ? this.regionOf(tok)?.speaker ?? [] : []);
      const ok = (key: string) => this.registry.agrees(key, p) && !self.has(key);
      const last = this.d.lastPerson && ok(this.d.lastPerson) ? this.d.lastPerson : undefined;
      const k = last ?? this.registry.latest((e) => e.kind === 'person' && ok(e.key), this.s.index)?.key;
      return k ? [k] : undefined;
    }
    if (p.plural) {
      // a group named before it in the same sentence ("… putting Democrats in his cabinet but would work with them")
      for (let k = tok - 1; k >= 0; k--) {
        const pm = this.t.mentionAt[k];
        if (pm && pm.kind === 'group' && pm.entity && this.t.inQuote[k] === this.t.inQuote[tok]) return [pm.entity];
      }
      if (this.d.lastGroup?.length) return this.d.lastGroup;
      const e = this.registry.latest((x) => x.kind === 'group' || x.kind === 'organization' || x.kind === 'country', this.s.index);
      return e ? [e.key] : undefined;
    }
    // "The government said it was concerned": "it" in what a state or body said is that state or body
    const r = this.regionOf(tok);
    if (r && r.speaker.length === 1 && this.registry.entities.get(r.speaker[0])?.kind !== 'person' && this.t.base(tok) === 'nsubj') return r.speaker;
    // "The ministry has said it believes …": a subject "it" is the state or body that is the subject of the
    // nearest clause above its own (not when that subject is a person: "Novak said it was binding")
    if (this.t.base(tok) === 'nsubj') {
      for (const a of this.t.ancestors(this.t.head(tok))) {
        const subj = this.t.kids(a, 'nsubj').filter((k) => k < tok);
        if (!subj.length) continue;
        const pm = this.t.mentionAt[subj[0]];
        if (pm?.entity && pm.kind !== 'pronoun' && this.t.inQuote[subj[0]] === this.t.inQuote[tok] && this.registry.entities.get(pm.entity)?.kind !== 'person') return [pm.entity];
        break;
      }
    }
    return this.d.lastThing ? [this.d.lastThing] : undefined;
  }

  private remember(): void {
    for (const dr of this.drafts) {
      const e = this.registry.entities.get(dr.actor);
      if (e?.kind === 'person') this.d.lastPerson = dr.actor;
      else if (e) this.d.lastThing = dr.actor;
    }
    const neg = this.drafts.filter((x) => NEGATIVE.has(x.type));
    if (neg.length) this.d.negTargets = [...new Set(neg.map((x) => x.target))];
    this.d.salient ??= new Map();
    for (const x of neg) if (!x.rules.includes('statements/target-carried')) this.d.salient.set(x.target, (this.d.salient.get(x.target) ?? 0) + 1);
    const byCue = new Map<number, Set<string>>();
    for (const dr of this.drafts) {
      const set = byCue.get(dr.cue[0]) ?? new Set();
      set.add(dr.actor);
      byCue.set(dr.cue[0], set);
    }
    for (const set of byCue.values()) if (set.size > 1) this.d.lastGroup = [...set];
    // two actors named together ("Ruritania and Osterlich", "between X and Y") are who "the two sides" are
    for (let k = 0; k < this.t.n; k++) {
      if (this.t.base(k) !== 'conj') continue;
      const a = this.t.mentionAt[this.t.head(k)];
      const b = this.t.mentionAt[k];
      if (a?.entity && b?.entity && a.entity !== b.entity && a.kind !== 'pronoun' && b.kind !== 'pronoun' && !a.affiliationOnly && !b.affiliationOnly) this.d.lastGroup = [a.entity, b.entity];
    }
    this.learnOwners();
    // a sentence's subject is salient for "he" even when it made no statement; so is the possessor of a
    // subject that names no one ("Dupont's trip is …" → "He will …"): subjects and their possessors outrank
    // objects and later mentions, and the subject of the main clause outranks those of clauses inside it
    // ("he rose to Novak's defense, saying Novak should …" → "he" stays the one who rose)
    let best: { key: string; depth: number } | undefined;
    for (let i = 0; i < this.t.n; i++) {
      if (this.t.base(i) !== 'nsubj') continue;
      let key: string | undefined;
      const m = this.t.mentionAt[i];
      if (m?.kind === 'pronoun') {
        if (m.pronoun?.person === 3 && m.pronoun.human && !m.pronoun.plural) { const r = this.resolvePronoun(m, i); if (r?.length === 1) key = r[0]; }
      } else if (m?.entity) key = m.entity;
      else {
        const poss = this.t.kids(i, 'nmod:poss').map((k) => this.t.mentionAt[k]).find((x) => x?.entity && x.kind !== 'pronoun');
        key = poss?.entity;
      }
      if (!key || this.registry.entities.get(key)?.kind !== 'person') continue;
      const depth = this.t.ancestors(i).length;
      if (!best || depth < best.depth) best = { key, depth };
    }
    if (best) this.d.lastPerson = best.key;
  }

  /**
   * "Dupont wants the rebate to come to an end", "Ruritania wants Osterlich's sanctions lifted": wanting
   * someone's thing ended is a DEMAND toward its owner (`statements/demand-ending`): the possessor named
   * with it or the owner remembered for it (`Discourse.owners`). Verbs of wanting and of ending are word
   * classes (src/data/word-classes.tsv).
   */
  private demandEnding(): void {
    const t = this.t;
    const ends = (k: number) => this.lex.words['ending-verb'].has(t.lemma(k))
      || (t.lemma(k) === 'come' && t.kids(k, 'obl').some((x) => t.lemma(x) === 'end' && t.caseOf(x) === 'to'));
    for (let i = 0; i < t.n; i++) {
      if (t.upos(i) !== 'VERB' || !this.lex.words['desire-verb'].has(t.lemma(i)) || t.negated(i)) continue;
      // (a neutral attitude: its lexicon line is the evidence, though it is no cue of its own)
      const entry = (this.lex.cues.get(t.lemma(i)) ?? []).find((x) => x.upos === 'VERB' && x.cls === 'attitude');
      if (!entry) continue;
      const c: CueHit = { entry, tok: i, span: [i, i + 1] };
      // (the parser may hang "to be lifted" on the object as a participle: "wants Ruritania's sanctions to be lifted")
      for (const k of [...t.kids(i, 'xcomp', 'ccomp'), ...t.kids(i, 'obj').flatMap((o) => t.kids(o, 'acl'))]) {
        if (!ends(k) || t.negated(k)) continue;
        // the thing ended: the object of "want" ("wants the rebate to end"), the clause's subject or object
        const things = [...t.kids(i, 'obj'), ...t.kids(k, 'nsubj', 'nsubj:pass', 'obj')].filter((x) => t.upos(x) === 'NOUN');
        if (!things.length) continue;
        const who = this.actorOfCue(c);
        if (!who?.hits.length) continue;
        const exclude = new Set(who.hits.map((h) => h.key));
        const owned = things.flatMap((x) => this.possessors(x).flatMap((p) => this.af.actorsOf(p))).filter((h) => !exclude.has(h.key));
        const hits = owned.length ? owned : this.ownerTargets(things, exclude);
        for (const a of who.hits) for (const b of hits) this.emit(c, a, b, 'DEMAND', [who.rule, ...who.hits.map((h) => h.rule), 'statements/demand-ending', b.rule], 0.6);
      }
    }
  }

  /** Remembers whose the things named here are (`Discourse.owners`). */
  private learnOwners(): void {
    const t = this.t;
    const owners = (this.d.owners ??= new Map());
    for (let k = 0; k < t.n; k++) {
      if (t.upos(k) !== 'NOUN') continue;
      // "Ruritania's ban", "the Ruritanian ban", "Ruritania ban" (not a pronoun: "its ban" says too little)
      for (const p of [...this.possessors(k), ...t.kids(k, 'amod', 'compound')]) {
        if (t.mentionAt[p]?.kind === 'pronoun') continue;
        const hits = this.af.actorsOf(p);
        if (hits.length) { owners.set(t.lemma(k), hits.map((h) => h.key)); break; }
      }
    }
    // who imposed a sanction owns it: the nouns of the cue ("imposed sanctions", "the embargo") and the cue verb's object
    for (const dr of this.drafts) {
      if (dr.type !== 'SANCTION') continue;
      const keys = [...new Set(this.drafts.filter((x) => x.type === 'SANCTION' && x.cue[0] === dr.cue[0]).map((x) => x.actor))];
      owners.set('type:SANCTION', keys);
      const words = [...Array(dr.cue[1] - dr.cue[0]).keys()].map((k) => k + dr.cue[0]);
      for (const k of [...words, ...words.flatMap((w) => (t.upos(w) === 'VERB' ? t.kids(w, 'obj') : []))]) if (t.upos(k) === 'NOUN') owners.set(t.lemma(k), keys);
    }
  }

  /**
   * The owner of a definite thing named in the phrases `toks` when no actor is named there
   * (`statements/target-owner`): "called for the embargo to be lifted" after "Ruritania's embargo on
   * Osterlich" targets Ruritania; a sanction noun ("the ban", "the sanctions") with no owner named before
   * under its own lemma belongs to whoever last imposed a sanction named by a noun.
   */
  private ownerTargets(toks: number[], exclude: Set<string>): ActorHit[] {
    const t = this.t;
    const owners = this.d.owners;
    if (!owners?.size) return [];
    // a clause in the slot ("called for the embargo to be lifted", "opposed to ending the ban"): its subject and object
    const heads = toks.flatMap((k) => (t.upos(k) === 'VERB' ? t.kids(k, 'nsubj', 'obj') : [k]));
    for (const k of heads) {
      for (const n of t.nounPhrase(k)) {
        if (t.upos(n) !== 'NOUN' || t.kids(n, 'nmod:poss').length) continue;
        if (!t.kids(n, 'det').some((x) => /^(the|this|that|these|those)$/.test(t.lower(x)))) continue;
        const sanction = (this.lex.cues.get(t.lemma(n)) ?? []).some((x) => x.upos === 'NOUN' && x.type === 'SANCTION');
        const keys = owners.get(t.lemma(n)) ?? (sanction ? owners.get('type:SANCTION') : undefined);
        const hits = (keys ?? []).filter((key) => !exclude.has(key)).map((key) => ({ key, tok: [n, n + 1] as [number, number], rule: 'statements/target-owner' }));
        if (hits.length) return hits;
      }
    }
    return [];
  }

  /** Possessors of the noun at `k`: on it or on a word of its premodifiers ("the UK's pounds 3bn rebate"). */
  private possessors(k: number): number[] {
    const t = this.t;
    return t.subtree(k).filter((p) => {
      if (p >= k || t.rel(p) !== 'nmod:poss') return false;
      const up = t.ancestors(p);
      return up.slice(0, up.indexOf(k)).every((a) => a < k);
    });
  }

  /**
   * The actors a judged phrase stands for: the possessor of a judged thing when it is an actor ("called
   * Ruritania's rebate from the union unjustified" judges Ruritania, not the union: `statements/target-possessor`),
   * else every actor in the phrase.
   */
  private judged(k: number, exclude: Set<string>): ActorHit[] {
    const t = this.t;
    if (t.upos(k) === 'NOUN') {
      // a possessor before the noun, on it or on a word of its premodifiers ("the UK's pounds 3bn rebate")
      const poss = this.possessors(k).flatMap((p) => this.af.actorsOf(p)).filter((h) => !exclude.has(h.key));
      if (poss.length) return poss.map((h) => ({ ...h, rule: 'statements/target-possessor' }));
    }
    return this.af.actorsIn(k, exclude);
  }

  // ---------------------------------------------------------------------------------------------
  // performers

  /** Who performs the verb (or predicate) at `i`. */
  private performer(i: number, depth = 0): Performer | undefined {
    const t = this.t;
    if (depth > 6 || i < 0) return undefined;
    // passive: "was condemned by X"
    if (t.passive(i)) {
      const agent = [...t.kids(i, 'obl:agent'), ...t.kids(i, 'obl').filter((k) => t.caseOf(k) === 'by')];
      for (const a of agent) {
        const hits = this.af.actorsOf(a);
        if (hits.length) return { hits, rule: 'statements/subject-passive-agent' };
      }
    } else {
      // two subjects are a parse of "U.S. presidential nominee Jane Doe said": the one nearest the verb is it
      const subjects = t.kids(i, 'nsubj').sort((a, b) => Math.abs(i - a) - Math.abs(i - b));
      for (const sub of subjects) {
        const hits = this.af.actorsOf(sub);
        if (hits.length) return { hits, rule: 'statements/subject-nsubj' };
      }
      if (subjects.length) return undefined; // a subject that is no actor ("experts warned")
    }
    const h = t.head(i);
    if (h < 0) return undefined;
    const rel = t.rel(i);
    const base = t.base(i);
    if (base === 'xcomp') {
      // object control: "urged X to condemn" → X; subject control: "vowed to avenge" → the subject
      for (const o of t.kids(h, 'obj', 'iobj')) {
        const hits = this.af.actorsOf(o);
        if (hits.length) return { hits, rule: 'statements/subject-xcomp-object' };
      }
      const p = this.performer(h, depth + 1);
      return p && { ...p, rule: 'statements/subject-xcomp' };
    }
    if (base === 'conj') {
      // "forecast that X would rebound and praised Y": a verb the parser coordinated inside a clause
      // may belong to the clause's governor
      const p = this.performer(h, depth + 1) ?? (t.isClausal(h) ? this.performer(t.head(h), depth + 2) : undefined);
      return p && { ...p, rule: 'statements/subject-conj' };
    }
    if (rel === 'acl:relcl') {
      const hits = this.af.actorsOf(h);
      return hits.length ? { hits, rule: 'statements/subject-relcl' } : undefined;
    }
    if (base === 'advcl' || base === 'acl') {
      // "…, accusing X of…", "issued a statement criticizing X", "met Y to discuss"
      const verb = base === 'acl' ? this.clauseHead(h) : h;
      if (verb === undefined) return undefined;
      const p = this.performer(verb, depth + 1);
      return p && { ...p, rule: 'statements/subject-participle' };
    }
    return undefined;
  }

  /**
   * The attribution line of a quotation ("…," Rep. Jane Doe (D-Ore.) said. / "…," said Doe.) when the
   * parse gives the reporting verb no subject: the actor named right before it (after the quotation) or
   * right after it (`statements/speaker-adjacent`).
   */
  private adjacentSpeaker(i: number): Performer | undefined {
    const t = this.t;
    // only an attribution line: the quotation comes before the verb
    if (!t.toks.slice(0, i).some((_, k) => t.inQuote[k])) return undefined;
    const near = (k: number) => k >= 0 && k < t.n && !t.inQuote[k] && t.mentionAt[k] && t.mentionAt[k]!.kind !== 'pronoun' ? this.af.actorsOf(k) : [];
    for (let k = i + 1; k < Math.min(t.n, i + 4); k++) {
      if (t.upos(k) === 'PUNCT' || t.upos(k) === 'ADP') break;
      const h = near(k);
      if (h.length) return { hits: h, rule: 'statements/speaker-adjacent' };
    }
    for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
      if (t.inQuote[k]) break;
      // "Prime Minister Jan Novak of Ruritania said": an actor inside the phrase of another one before it is
      // its affiliation, not the speaker
      const owner = t.ancestors(k).find((a) => a < k && a >= Math.max(0, i - 12) && !t.inQuote[a] && near(a).length);
      const h = owner === undefined ? near(k) : [];
      if (h.length) return { hits: h, rule: 'statements/speaker-adjacent' };
    }
    return undefined;
  }

  /** "Dupont said …": a one-word name as the subject of a reporting verb is a person (`statements/speaker-bare-name`). */
  private bareNameSubject(i: number): Performer | undefined {
    const t = this.t;
    for (const k of t.kids(i, 'nsubj')) {
      let m = t.mentionAt[k];
      // "Rice said": a capitalized word the mention finder took for a common word ("rice")
      if (!m && t.upos(k) === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.toks[k].form) && k > 0 && t.upos(k - 1) !== 'PROPN' && t.upos(k + 1) !== 'PROPN') {
        m = { sentence: this.s.index, tok: { start: k, end: k + 1 }, span: { start: t.toks[k].start, end: t.toks[k].end }, text: t.toks[k].form, kind: 'name', rule: 'statements/speaker-bare-name' };
        t.mentionAt[k] = m;
      }
      if (!m || m.entity || m.kind !== 'name' || t.upos(k) !== 'PROPN') continue;
      const e = this.registry.bareName(m);
      if (e) return { hits: [{ key: e.key, tok: this.af.tokRange(m), rule: 'statements/speaker-bare-name' }], rule: 'statements/speaker-bare-name' };
    }
    return undefined;
  }

  /**
   * "PENCE: Well, look, …": a transcript line names its speaker in capitals before a colon
   * (`statements/speech-transcript`); "…," ― Jane Doe: a dash after a quotation names who said it
   * (`statements/speech-dash`).
   */
  private transcript(): void {
    const t = this.t;
    const colon = t.toks.findIndex((x, k) => x.form === ':' && k > 0 && k <= 4);
    if (colon > 0 && t.toks.slice(0, colon).every((x) => x.form === x.form.toUpperCase() && /\p{Lu}/u.test(x.form) || /^\W+$/.test(x.form))) {
      const m = t.mentionAt[colon - 1];
      const e = m?.entity ? this.registry.entities.get(m.entity) : m ? this.registry.bareName(m) : undefined;
      const toks = [...Array(t.n).keys()].filter((k) => k > colon);
      if (e && toks.length) this.addRegion([{ key: e.key, tok: [0, colon], rule: 'statements/speech-transcript' }], toks, undefined, colon, 'statements/speech-transcript');
    }
    const dash = t.toks.findIndex((x, k) => /^[―—–-]{1,2}$/.test(x.form) && k > 0 && t.inQuote[k - 1]);
    if (dash > 0 && dash >= t.n - 6) {
      for (let k = dash + 1; k < t.n; k++) {
        const m = t.mentionAt[k];
        if (!m || m.kind === 'pronoun') continue;
        const e = m.entity ? this.registry.entities.get(m.entity) : this.registry.bareName(m);
        const toks = [...Array(dash).keys()];
        if (e) this.addRegion([{ key: e.key, tok: [k, k + 1], rule: 'statements/speech-dash' }], toks, undefined, dash, 'statements/speech-dash');
        break;
      }
    }
  }

  /** The verb a nominal hangs from (for "issued a statement condemning X"). */
  private clauseHead(i: number): number | undefined {
    const t = this.t;
    let k = i;
    for (let g = 0; g < 4 && k >= 0; g++) {
      if (t.upos(k) === 'VERB' || t.upos(k) === 'AUX') return k;
      k = t.head(k);
    }
    return undefined;
  }

  /** The performer of a cue, with "we"/"I"/no subject inside reported speech taken as the speaker. */
  private actorOfCue(c: CueHit): Performer | undefined {
    const p = this.performer(c.tok);
    const r = this.regionOf(c.tok);
    if (p?.hits.length && r && p.hits.every((h) => this.speakerSide(r).has(h.key))) {
      // "Ruritania will not stand by", said by Ruritania's minister: the speaker speaks for their state
      return { hits: r.speaker.map((key) => ({ key, tok: r.speakerTok ?? [0, 0], rule: 'statements/speaker' })), rule: 'statements/speaker-own-side' };
    }
    return p?.hits.length ? p : undefined;
  }

  /** The speaker and the state (and organization) they speak for. */
  private speakerSide(r: Region): Set<string> {
    const side = new Set(r.speaker);
    for (const k of r.speaker) {
      const e = this.registry.entities.get(k);
      if (e?.country && (e.kind === 'person' || e.kind === 'organization') && (e.roleClass === 'official' || e.kind === 'organization' || !e.roleClass)) side.add(`country:${e.country}`);
    }
    return side;
  }

  // ---------------------------------------------------------------------------------------------
  // speech

  private addRegion(speaker: ActorHit[], toks: Iterable<number>, cue: CueHit | undefined, at: number, rule: string, how?: string): void {
    const keys = [...new Set(speaker.map((h) => h.key))];
    if (!keys.length) return;
    const set = new Set(toks);
    if (!set.size) return;
    const tok = speaker[0].tok;
    const speakerRules = [...new Set([...(how ? how.split(' ') : []), ...speaker.map((h) => h.rule)])].filter((x) => x !== rule);
    this.regions.push({ speaker: keys, speakerTok: tok, cue, at, toks: set, rule, speakerRules, produced: false });
    this.d.speaker = keys[0];
  }

  private speech(): void {
    const t = this.t;
    const reporting = this.cues.filter((c) => c.entry.cls === 'report');
    for (const c of reporting) {
      const i = c.tok;
      if (t.upos(i) !== 'VERB' || t.negated(i)) continue;
      const who = this.performer(i) ?? this.bareNameSubject(i) ?? this.adjacentSpeaker(i);
      if (!who?.hits.length) continue;
      const content = [...t.kids(i, 'ccomp', 'parataxis'), ...t.kids(i, 'xcomp').filter((k) => t.upos(k) !== 'VERB' || t.kids(k, 'nsubj').length > 0),
        // "spoke after the vote: "We call on …"": a quotation the parser coordinated with the verb
        ...t.kids(i, 'conj').filter((k) => t.inQuote[k] && !t.inQuote[i])];
      // a subject the parser hung on the reporting verb ("said an attack by X would be …") belongs to the content
      if (content.length) content.push(...t.kids(i, 'obj').filter((k) => k > i && content.some((c) => c > k)));
      if (content.length) {
        const toks = content.flatMap((k) => t.subtree(k));
        this.addRegion(who.hits, toks, c, i, 'statements/speech-ccomp', who.rule);
        continue;
      }
      // "…," he said / she said: "…": the quotation is the verb's head or sister clause
      const h = t.head(i);
      if (h >= 0 && (t.base(i) === 'parataxis' || t.base(i) === 'ccomp' || t.base(i) === 'advcl' || t.base(i) === 'conj')) {
        const mine = new Set(t.subtree(i));
        const toks = t.subtree(h).filter((k) => !mine.has(k));
        this.addRegion(who.hits, toks, c, i, 'statements/speech-quote-then-speaker', who.rule);
        continue;
      }
      if (h < 0) {
        // root reporting verb whose quotation the parser attached elsewhere: quoted tokens of the sentence
        const toks = [...Array(t.n).keys()].filter((k) => t.inQuote[k]);
        if (toks.length) { this.addRegion(who.hits, toks, c, i, 'statements/speech-quotation', who.rule); continue; }
      }
    }
    // "called the plan illegal", "described X as a threat": a verb of naming says something of its object
    for (let i = 0; i < t.n; i++) {
      if (t.upos(i) !== 'VERB' || !this.lex.words['naming-verb'].has(t.lemma(i)) || t.negated(i)) continue;
      const pred = [...t.kids(i, 'xcomp'), ...t.kids(i, 'obl', 'advcl').filter((k) => t.caseOf(k) === 'as')];
      const obj = t.kids(i, 'obj');
      if (!pred.length) continue;
      const who = this.performer(i);
      if (!who?.hits.length) continue;
      const toks = [...obj, ...pred].flatMap((k) => t.subtree(k));
      const cue: CueHit | undefined = this.cues.find((c) => c.tok === i);
      this.addRegion(who.hits, toks, cue, i, 'statements/speech-naming', who.rule);
    }
    if (!this.regions.length) this.transcript();
    // "X spoke after the vote: "We call on …"": a quotation after a colon is what the clause's subject said
    if (!this.regions.length) {
      for (let i = 0; i < t.n - 1; i++) {
        if (t.toks[i].form !== ':' || !t.inQuote[i + 1] || t.inQuote[i]) continue;
        const verb = t.head(i);
        if (verb < 0 || t.upos(verb) !== 'VERB') continue;
        const who = this.performer(verb);
        const toks = [...Array(t.n).keys()].filter((k) => k > i && t.inQuote[k]);
        if (who?.hits.length && toks.length) this.addRegion(who.hits, toks, undefined, verb, 'statements/speech-colon', who.rule);
      }
    }
    // "according to X, …"
    for (let i = 0; i < t.n; i++) {
      if (t.lower(i) !== 'according' || t.lower(i + 1) !== 'to') continue;
      const obj = t.head(i);
      if (obj < 0) continue;
      const hits = this.af.actorsOf(obj);
      if (!hits.length) continue;
      const clause = t.head(obj);
      const mine = new Set(t.subtree(obj));
      const toks = (clause >= 0 ? t.subtree(clause) : [...Array(t.n).keys()]).filter((k) => !mine.has(k));
      this.addRegion(hits, toks, undefined, i, 'statements/speech-according-to');
    }
    // a quotation whose speaker is named where it closes, in a later sentence
    if (!this.regions.length && this.s.speakerAhead) {
      const toks = [...Array(t.n).keys()].filter((k) => t.inQuote[k]);
      if (toks.length) this.regions.push({ speaker: this.s.speakerAhead, cue: undefined, at: -1, toks: new Set(toks), rule: 'statements/speech-quote-ahead', produced: false });
    }
    // a quotation that goes on from the sentence before, with no speaker of its own
    if (!this.regions.length && this.s.startsInQuote && this.d.speaker) {
      const toks = [...Array(t.n).keys()].filter((k) => t.inQuote[k]);
      if (toks.length) this.regions.push({ speaker: [this.d.speaker], cue: undefined, at: -1, toks: new Set(toks), rule: 'statements/speech-continued-quote', produced: false });
    }
    // a paragraph that opens with a quotation naming no speaker goes on with the speaker of the paragraph
    // before ('"…," Dupont said. ¶ "…"'): news style names the speaker again when it changes
    if (!this.regions.length && !this.s.startsInQuote && this.d.previousSpeaker && t.inQuote[0] && /^["“‘']$/.test(t.toks[0].form)) {
      const toks = [...Array(t.n).keys()].filter((k) => t.inQuote[k]);
      this.regions.push({ speaker: [this.d.previousSpeaker], cue: undefined, at: -1, toks: new Set(toks), rule: 'statements/speech-next-paragraph', produced: false });
      this.d.speaker = this.d.previousSpeaker;
    }
    this.d.previousSpeaker = undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // acts

  private act(c: CueHit): void {
    const t = this.t;
    const e = c.entry;
    const i = c.tok;
    if (t.negated(i)) { this.info(`negated cue "${e.lemma}"`, 'statements/negated', c); return; }
    if (POSITIVE.has(e.type!) && t.hypothetical(i)) {
      // "it would open the door for X to support Y": a possible act is no act
      this.info(`"${e.lemma}" is only possible here ("would", "could", "if")`, 'statements/hypothetical-positive', c);
      return;
    }
    const who = this.actorOfCue(c);
    if (!who?.hits.length) { this.info(`no actor performs "${e.lemma}"`, 'statements/no-actor', c); return; }
    const exclude = new Set(who.hits.map((h) => h.key));
    const critics = this.criticsAnswered(i, e, exclude);
    let targets = critics.length ? { hits: critics, rule: 'statements/target-critic' } : this.frameTargets(i, e, exclude);
    const rules = [who.rule, ...who.hits.map((h) => h.rule)];
    // "X said Y condemned Z": Y's act, as X reports it
    const region = this.regionOf(i);
    if (region && !who.hits.some((h) => region.speaker.includes(h.key))) rules.push('statements/reported-act');
    let conf = 0.8;
    if (!targets.hits.length && e.frames.includes('joint') && who.hits.length > 1) {
      // "Ruritania and Osterlich met": each toward the other
      for (const a of who.hits) for (const b of who.hits) if (a.key !== b.key) this.emit(c, a, b, e.type!, [...rules, 'statements/joint-actors'], conf);
      return;
    }
    if (!targets.hits.length) {
      const carried = this.carryOver(exclude, e);
      if (carried.length) { targets = { hits: carried, rule: 'statements/targets-from-context' }; conf = 0.5; }
    }
    if (!targets.hits.length) { this.info(`"${e.lemma}" has no actor as target`, 'statements/no-target', c); return; }
    let type = e.type!;
    if (critics.length) type = 'REJECT'; // criticism answered is criticism rejected
    if (type === 'CRITICIZE' && t.irrealis(i)) { type = 'WARN'; rules.push('statements/hypothetical'); }
    for (const a of who.hits) {
      for (const b of targets.hits) {
        if (a.key === b.key) continue;
        this.emit(c, a, b, type, [...rules, targets.rule, b.rule], conf);
      }
    }
  }

  /** Targets of a cue at `i` by its frame slots, in the lexicon's order. */
  private frameTargets(i: number, e: CueEntry, exclude: Set<string>): { hits: ActorHit[]; rule: string } {
    const t = this.t;
    for (const slot of e.frames) {
      let rule = `statements/target-${slot.replace(/\s+/g, '-')}`;
      if (slot === 'obj' && t.passive(i)) rule = 'statements/target-passive-subject';
      if (slot === 'clause' || slot === 'none' || slot === 'ccomp' || slot === 'joint') continue;
      const toks = this.slotOf(i, slot);
      // "criticized the arms deal | between X and Y": a phrase of the object the parser hung on the verb
      if (slot === 'obj' && toks.length && !t.passive(i)) {
        const last = Math.max(...toks.flatMap((k) => t.subtree(k)));
        toks.push(...t.kids(i, 'obl').filter((k) => /^(between|of|from|against|on)$/.test(t.caseOf(k) ?? '') && t.subtree(k)[0] === last + 1));
      }
      const hits = toks.flatMap((k) => this.af.actorsIn(k, exclude));
      if (hits.length) return { hits, rule };
    }
    // "urged that the Community take action", "warned that Ruritania would pay": the subject of the clause
    // "called on Ruritania to stop" parsed with Ruritania as the subject of "stop": the same party urged
    for (const k of t.kids(i, 'ccomp', 'xcomp')) {
      const hits = t.kids(k, 'nsubj').flatMap((x) => this.af.actorsOf(x)).filter((h) => !exclude.has(h.key));
      if (hits.length) return { hits, rule: 'statements/target-clause-subject' };
    }
    // "praised efforts by X", "condemned the attack by X" with the by-phrase hung on the verb
    if (e.frames.includes('obj') && !t.passive(i)) {
      const hits = t.kids(i, 'obl').filter((k) => t.caseOf(k) === 'by').flatMap((k) => this.af.actorsIn(k, exclude));
      if (hits.length) return { hits, rule: 'statements/target-object-agent' };
    }
    if (e.type && NEGATIVE.has(e.type)) {
      const owned = this.ownerTargets(this.slotTokens(i, e), exclude);
      if (owned.length) return { hits: owned, rule: 'statements/target-owner' };
    }
    return { hits: [], rule: '' };
  }

  /**
   * "hit back at complaints from Ruritania", "rejected Ruritania's accusations": a criticizing or rejecting
   * act whose slot holds a reproach (a noun that is itself a negative cue) answers the reproach's author
   * (possessor or from/by phrase), and the act is a REJECT of them (`statements/target-critic`).
   */
  private criticsAnswered(i: number, e: CueEntry, exclude: Set<string>): ActorHit[] {
    const t = this.t;
    if (e.type !== 'CRITICIZE' && e.type !== 'REJECT') return [];
    for (const k of this.slotTokens(i, e)) {
      if (t.upos(k) !== 'NOUN' || !(this.lex.cues.get(t.lemma(k)) ?? []).some((x) => x.upos === 'NOUN' && x.type && NEGATIVE.has(x.type) && x.type !== 'SANCTION')) continue;
      const authors = [...t.kids(k, 'nmod:poss'), ...t.kids(k, 'nmod').filter((x) => /^(from|by)$/.test(t.caseOf(x) ?? ''))];
      const hits = authors.flatMap((x) => this.af.actorsIn(x, exclude));
      if (hits.length) return hits;
    }
    return [];
  }

  /** The phrases that fill frame slot `slot` of the cue at `i`. */
  private slotOf(i: number, slot: string): number[] {
    const t = this.t;
    if (slot === 'obj') return !t.passive(i) ? t.kids(i, 'obj', 'iobj') : t.rel(i) === 'acl' ? [t.head(i)] : t.kids(i, 'nsubj');
    if (slot === 'agent') return [...t.kids(i, 'obl:agent'), ...t.kids(i, 'obl').filter((k) => t.caseOf(k) === 'by')];
    if (slot === 'clause' || slot === 'none' || slot === 'ccomp' || slot === 'joint') return [];
    const toks = t.kids(i, 'obl', 'nmod', 'obj', 'advcl').filter((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot);
    // "lashed out at", "pushed back against": the phrase may hang from the particle
    for (const p of t.kids(i, 'compound:prt', 'advmod')) toks.push(...t.kids(p, 'obl', 'nmod').filter((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot));
    return toks;
  }

  /** Every frame slot's phrases of the cue at `i`, in the lexicon's order. */
  private slotTokens(i: number, e: CueEntry): number[] {
    return e.frames.flatMap((slot) => this.slotOf(i, slot));
  }

  private carryOver(exclude: Set<string>, e: CueEntry): ActorHit[] {
    if (!e.type || !NEGATIVE.has(e.type)) return [];
    const carried = (keys: string[], rule: string) => keys.filter((k) => !exclude.has(k)).map((key) => ({ key, tok: [0, 0] as [number, number], rule }));
    const para = carried(this.d.negTargets ?? [], 'statements/target-carried');
    if (para.length) return para;
    // the document's most frequent target of criticism so far (the article's adversary)
    const ranked = [...(this.d.salient ?? new Map<string, number>())].filter(([k]) => !exclude.has(k)).sort((a, b) => b[1] - a[1]);
    // (two adversaries criticized equally often, as in a story about two allied states, are both carried)
    if (!ranked.length || ranked[0][1] < 2) return [];
    const top = ranked.filter(([, n]) => n === ranked[0][1]);
    return top.length <= 2 ? carried(top.map(([k]) => k), 'statements/target-carried-document') : [];
  }

  // ---------------------------------------------------------------------------------------------
  // nominal cues: "X's criticism of Y", "condemnation from X", "expressed concern over Y"

  private nominal(c: CueHit): void {
    const t = this.t;
    const e = c.entry;
    const i = c.tok;
    let who: Performer | undefined;
    // "Kim's visit to Russia", "the meeting between X and Y": an event named as a noun is background, not a
    // statement (spec); a meeting or cooperation counts when a verb carries it ("held talks", "pledged cooperation")
    // … but "X's meeting with Y" names the counterpart and so the meeting itself (see the with-frame below)
    const eventNoun = (e.type === 'MEET' || e.type === 'COOPERATE') && !t.kids(i, 'nmod').some((k) => t.caseOf(k) === 'with');
    for (const k of eventNoun ? [] : t.kids(i, 'nmod:poss')) {
      const hits = this.af.actorsOf(k);
      if (hits.length) { who = { hits, rule: 'statements/nominal-possessor' }; break; }
    }
    if (!who && !eventNoun) {
      for (const k of t.kids(i, 'nmod', 'obl')) {
        if (!/^(by|from)$/.test(t.caseOf(k) ?? '')) continue;
        const hits = this.af.actorsOf(k);
        if (hits.length) { who = { hits, rule: 'statements/nominal-by' }; break; }
      }
    }
    if (!who && !eventNoun) {
      for (const k of t.kids(i, 'amod', 'compound')) {
        const hits = this.af.actorsOf(k);
        if (hits.length) { who = { hits, rule: 'statements/nominal-modifier' }; break; }
      }
    }
    // the verb the noun is the object of, through a partitive ("issued a series of condemnatory statements")
    let obj = i;
    let verb = t.head(i);
    if (verb >= 0 && t.base(i) === 'nmod' && t.caseOf(i) === 'of' && this.lex.words.partitive.has(t.lemma(verb)) && t.base(verb) === 'obj') { obj = verb; verb = t.head(verb); }
    const governed = verb >= 0 && (t.base(obj) === 'obj' || t.rel(obj) === 'nsubj:pass') && t.upos(verb) === 'VERB';
    if (governed && t.negated(verb)) { this.info(`negated cue "${e.lemma}"`, 'statements/negated', c); return; }
    if (POSITIVE.has(e.type!) && t.hypothetical(governed ? verb : i)) { this.info(`"${e.lemma}" is only possible here`, 'statements/hypothetical-positive', c); return; }
    if ((!who || who.rule === 'statements/nominal-by') && governed && this.lex.words['reaction-verb'].has(t.lemma(verb))) {
      // "X tested a missile, prompting condemnation from Y", "X's test drew condemnation from Y": Y reacts
      // to X (the from-phrase may hang on the noun or on the verb)
      const from = who?.hits ?? t.kids(verb, 'obl').filter((k) => /^(by|from)$/.test(t.caseOf(k) ?? '')).flatMap((k) => this.af.actorsOf(k));
      // (the subject may be the act rather than its actor: "Ruritania's test drew …" reacts to Ruritania)
      const inSubject = t.kids(verb, 'nsubj').flatMap((k) => this.af.actorsIn(k, new Set(from.map((h) => h.key))));
      const subject = this.performer(verb) ?? (inSubject.length ? { hits: inSubject, rule: 'statements/subject-nsubj' } : undefined);
      if (from.length && subject?.hits.length) {
        for (const a of from) for (const b of subject.hits) this.emit(c, a, b, e.type!, ['statements/reaction-from', subject.rule, a.rule], 0.7);
        return;
      }
    }
    if (!who && governed && this.lightVerb(t.lemma(verb))) {
      // light verb: "expressed concern", "lodged a protest", "issued a warning", "held talks"
      const p = this.performer(verb) ?? this.actorOfCue({ ...c, tok: verb });
      if (p?.hits.length) who = { hits: p.hits, rule: `statements/light-verb ${p.rule}` };
      // "Ruritania and Osterlich exchanged accusations": each toward the other
      if (p && p.hits.length > 1 && this.lex.words['reciprocal-verb'].has(t.lemma(verb))) {
        for (const a of p.hits) for (const b of p.hits) if (a.key !== b.key) this.emit(c, a, b, e.type!, ['statements/light-verb', 'statements/reciprocal', p.rule], 0.7);
        return;
      }
    }
    if (!who?.hits.length) return;
    const exclude = new Set(who.hits.map((h) => h.key));
    let hits: ActorHit[] = [];
    let rule = '';
    for (const slot of e.frames) {
      if (slot === 'joint' || slot === 'clause' || slot === 'none' || slot === 'ccomp') continue;
      const toks = slot === 'obj'
        ? t.kids(i, 'nmod').filter((k) => t.caseOf(k) === 'of')
        : t.kids(i, 'nmod', 'obl', 'acl').filter((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot);
      // the light verb may carry the prepositional phrase: "expressed concern to Ruritania over X"
      const h = t.head(i);
      if (h >= 0 && t.base(i) === 'obj') toks.push(...t.kids(h, 'obl').filter((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot));
      hits = toks.flatMap((k) => this.af.actorsIn(k, exclude));
      if (hits.length) { rule = `statements/target-${slot.replace(/\s+/g, '-')}`; break; }
    }
    if (!hits.length && who.hits.length > 1 && (e.type === 'MEET' || e.type === 'COOPERATE' || e.frames.includes('joint'))) {
      // "Ruritania and Osterlich held talks": each toward the other
      for (const a of who.hits) for (const b of who.hits) if (a.key !== b.key) this.emit(c, a, b, e.type!, [who.rule, 'statements/joint-actors'], 0.7);
      return;
    }
    if (!hits.length && who.rule.startsWith('statements/light-verb')) {
      // "Seoul will issue a strong warning": the warning is about whom the paragraph is about
      hits = this.carryOver(exclude, e);
      rule = 'statements/targets-from-context';
    }
    if (!hits.length) return;
    for (const a of who.hits) for (const b of hits) if (a.key !== b.key) this.emit(c, a, b, e.type!, [who.rule, rule, b.rule], 0.7);
  }

  /** A verb that carries a cue noun as its object: the lexicon's light verbs ("express", "lodge", "issue"). */
  private lightVerb(lemma: string): boolean {
    return (this.lex.cues.get(lemma) ?? []).some((x) => x.cls === 'light' && x.upos === 'VERB');
  }

  // ---------------------------------------------------------------------------------------------
  // attitudes: "is concerned about X", "grateful to X"

  private attitude(c: CueHit): void {
    const t = this.t;
    if (t.negated(c.tok)) return;
    // "Ruritania is deeply concerned by …": the one who holds the attitude is the subject, never a by-phrase
    let who: Performer | undefined;
    const subj = t.kids(c.tok, 'nsubj');
    if (subj.length) {
      const hits = subj.flatMap((k) => this.af.actorsOf(k));
      if (hits.length) who = { hits, rule: 'statements/subject-nsubj' };
    } else {
      const h = t.head(c.tok);
      const sib = h >= 0 ? t.kids(h, 'ccomp', 'xcomp').filter((k) => k < c.tok).flatMap((k) => t.kids(k, 'nsubj')) : [];
      const hits = sib.flatMap((k) => this.af.actorsOf(k));
      if (hits.length) who = { hits, rule: 'statements/subject-sibling-clause' };
      else if (h >= 0 && (t.base(c.tok) === 'xcomp' || t.base(c.tok) === 'conj')) who = this.performer(h) ?? undefined;
    }
    const r = this.regionOf(c.tok);
    if (who?.hits.length && r && who.hits.every((x) => this.speakerSide(r).has(x.key))) {
      who = { hits: r.speaker.map((key) => ({ key, tok: r.speakerTok ?? [0, 0], rule: 'statements/speaker' })), rule: 'statements/speaker-own-side' };
    }
    // "his supporters are angry with X", said by Dupont: an attitude the speaker reports of people who are no
    // actor (a subject that names no state, body or person) is the speaker's own stance
    if (!who?.hits.length && r && c.entry.type && NEGATIVE.has(c.entry.type) && this.holderIsNoActor(c.tok)) {
      who = { hits: r.speaker.map((key) => ({ key, tok: r.speakerTok ?? [0, 0], rule: 'statements/speaker' })), rule: 'statements/attitude-speaker' };
    }
    if (!who?.hits.length) return;
    const exclude = new Set(who.hits.map((h) => h.key));
    const targets = this.frameTargets(c.tok, c.entry, exclude);
    for (const a of who.hits) for (const b of targets.hits) this.emit(c, a, b, c.entry.type!, [who.rule, targets.rule, 'statements/attitude'], 0.7);
  }

  /** The attitude at `i` has a nominal subject, and no actor is named in it. */
  private holderIsNoActor(i: number): boolean {
    const t = this.t;
    const subj = t.kids(i, 'nsubj');
    return subj.length > 0 && subj.every((k) => t.upos(k) === 'NOUN' && !this.af.actorsIn(k).length);
  }

  // ---------------------------------------------------------------------------------------------
  // evaluations inside what was said

  /**
   * "showed a lack of respect for Ruritania": a positive noun under "lack of" / "absence of" is praise denied,
   * judged like a negated evaluative word at "lack" (`statements/eval-lack`). Returns whether it was read so.
   */
  private lacked(c: CueHit): boolean {
    const t = this.t;
    const i = c.tok;
    const h = t.head(i);
    if (h < 0 || t.upos(i) !== 'NOUN' || !c.entry.type || NEGATIVE.has(c.entry.type) || t.base(i) !== 'nmod' || t.caseOf(i) !== 'of') return false;
    if (!this.lex.words['lack-noun'].has(t.lemma(h))) return false;
    this.evaluate({ ...c, tok: h }, true);
    return true;
  }

  private evaluate(c: CueHit, lack = false): void {
    const t = this.t;
    const e = c.entry;
    const i = c.tok;
    // "allies", "partners", "cooperation" inside what was said describe, they do not act
    if (e.type === 'COOPERATE' || e.type === 'MEET') return;
    const r = this.regionOf(i);
    if (!r) return; // the author's own voice is no statement
    const negated = lack || t.negated(i) || (t.base(i) !== 'root' && t.negated(t.head(i)) && t.base(i) === 'xcomp');
    // praise denied is criticism ("it can no longer be justified", "the response was not fair"); a denied
    // reproach is no statement ("not illegal" does not praise)
    if (negated && e.type !== 'SUPPORT') { this.info(`negated evaluation "${e.lemma}"`, 'statements/negated', c); return; }
    let type: StatementType = negated ? 'CRITICIZE' : e.type!;
    // a speaker does not judge their own side ("our forces destroyed the platform")
    const exclude = this.speakerSide(r);
    let hits: ActorHit[] = [];
    let rule = '';
    // "provoked by X": the agent is judged
    if (e.frames.includes('agent')) {
      const agent = [...t.kids(i, 'obl:agent'), ...t.kids(i, 'obl').filter((k) => t.caseOf(k) === 'by')];
      hits = agent.flatMap((k) => this.af.actorsIn(k, exclude));
      rule = 'statements/eval-agent';
    }
    if (!hits.length && t.upos(i) === 'NOUN' && t.base(i) === 'obj' && NEGATIVE.has(type)) {
      // "… demonstrates the bankruptcy of Ruritania's policy": a judging noun that is an object judges what its
      // of-phrase names, not the subject of its verb
      hits = t.kids(i, 'nmod').filter((k) => t.caseOf(k) === 'of').flatMap((k) => this.judged(k, exclude));
      rule = 'statements/eval-of-object';
    }
    if (!hits.length) {
      // predicated of a subject: "the deal is illegal", "X violated the treaty", and through the verb the
      // word completes: "X is moving in the right direction", "X poses a serious threat"
      let subj = [...t.kids(i, 'nsubj'), ...t.kids(i, 'csubj')];
      if (!subj.length && /^(obl|obj|xcomp|advmod)$/.test(t.base(i)) && t.head(i) >= 0) subj = t.kids(t.head(i), 'nsubj');
      // "it was wrong to put Ruritania under the embargo": an "it" that a clause after the word stands for is no actor
      if (this.extraposed(i)) subj = subj.filter((k) => t.lower(k) !== 'it');
      hits = subj.flatMap((k) => this.judged(k, exclude));
      rule = 'statements/eval-subject';
    }
    // praise is said of someone ("X is a talented man", "called X constructive"); a positive word that only
    // modifies a noun ("a historic election", "fair access") describes a thing
    const positive = !NEGATIVE.has(type);
    if (!hits.length && t.base(i) === 'amod' && !positive) {
      // "an illegal arms deal between X and Y"
      hits = this.judged(t.head(i), exclude);
      rule = 'statements/eval-modified-noun';
    }
    if (!hits.length && (t.base(i) === 'xcomp' || t.base(i) === 'obl')) {
      // "called the rebate unjustified"
      const h = t.head(i);
      hits = t.kids(h, 'obj').flatMap((k) => this.judged(k, exclude));
      rule = 'statements/eval-named-object';
    }
    if (!hits.length && !positive) {
      for (const slot of e.frames) {
        if (/^(clause|none|ccomp|joint|obj|agent)$/.test(slot)) continue;
        hits = t.kids(i, 'nmod', 'obl').filter((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot).flatMap((k) => this.af.actorsIn(k, exclude));
        if (hits.length) { rule = `statements/eval-${slot}`; break; }
      }
    }
    // (the object of an evaluative verb is its victim, not who is judged: "X threatens Y" judges X)
    if (!hits.length && NEGATIVE.has(type)) {
      // the actors of the clause the word sits in (negative judgements only: praise words describe more than they judge)
      const clause = this.clauseOf(i);
      hits = this.af.actorsInTokens(t.phrase(clause).filter((k) => !(this.extraposed(i) && t.lower(k) === 'it' && t.base(k) === 'nsubj')), exclude);
      rule = 'statements/eval-clause';
    }
    if (!hits.length) {
      hits = this.carryOver(exclude, e);
      rule = 'statements/targets-from-context';
    }
    if (!hits.length) return;
    const rules = [r.rule, ...(r.speakerRules ?? []), rule];
    if (negated) rules.push(lack ? 'statements/eval-lack' : 'statements/negated-praise');
    if (NEGATIVE.has(type) && type !== 'REJECT' && type !== 'DEMAND' && t.irrealis(i)) { type = 'WARN'; rules.push('statements/hypothetical'); }
    const speaker = r.speaker.map((key) => ({ key, tok: r.speakerTok ?? [0, 0] as [number, number], rule: 'statements/speaker' }));
    for (const a of speaker) for (const b of hits) this.emit(c, a, b, type, [...rules, b.rule], 0.65, r);
    r.produced = true;
  }

  /** The word at `i` has a clause after it that its "it" subject stands for ("it was wrong to …", "it is clear that …"). */
  private extraposed(i: number): boolean {
    return this.t.kids(i, 'csubj', 'xcomp', 'ccomp').some((k) => k > i);
  }

  private clauseOf(i: number): number {
    const t = this.t;
    let k = i;
    for (let g = 0; g < 8; g++) {
      const h = t.head(k);
      if (h < 0 || t.isClausal(k) || t.base(k) === 'root') return k;
      if (t.upos(k) === 'VERB' && t.kids(k, 'nsubj').length) return k;
      k = h;
    }
    return k;
  }

  // ---------------------------------------------------------------------------------------------
  // COMMENT: reported speech about actors with no typed statement

  private comments(): void {
    for (const r of this.regions) {
      // the speaker's own typed statement about this content says more than a COMMENT would; a third
      // party's act reported in it ("X said Y condemned Z") still leaves X commenting on Y and Z
      if (r.produced || this.drafts.some((d) => r.toks.has(d.cue[0]) && r.speaker.includes(d.actor))) continue;
      // a quotation carried over from another sentence has no reporting word here to stand as the cue
      if (r.at < 0) continue;
      const targets = this.af.actorsInTokens([...r.toks].sort((a, b) => a - b), new Set(r.speaker));
      if (!targets.length) continue;
      const cue: CueHit = r.cue ?? { entry: undefined as unknown as CueEntry, tok: Math.max(r.at, 0), span: [Math.max(r.at, 0), Math.max(r.at, 0) + 1] };
      for (const key of r.speaker) {
        for (const b of targets) {
          this.emitRaw({
            actor: key, target: b.key, type: 'COMMENT', cue: cue.span, actorTok: r.speakerTok, targetTok: b.tok,
            confidence: 0.5, rules: [r.rule, ...(r.speakerRules ?? []), 'statements/comment', b.rule], lexicon: r.cue ? [r.cue.entry.lexicon] : [],
            quote: this.quoteIn(r),
          });
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // output

  private quoteIn(r: Region | undefined): [number, number] | undefined {
    if (!r) return undefined;
    const q = [...r.toks].filter((k) => this.t.inQuote[k]).sort((a, b) => a - b);
    return q.length ? [q[0], q[q.length - 1] + 1] : undefined;
  }

  private emit(c: CueHit, a: ActorHit, b: ActorHit, type: StatementType, rules: string[], confidence: number, region?: Region): void {
    const r = region ?? this.regionOf(c.tok);
    if (r && r.speaker.includes(a.key)) r.produced = true;
    this.emitRaw({
      actor: a.key, target: b.key, type, cue: c.span, actorTok: a.tok[1] > a.tok[0] ? a.tok : undefined, targetTok: b.tok[1] > b.tok[0] ? b.tok : undefined,
      confidence, rules: [...new Set(rules.flatMap((x) => x.split(' ')).filter(Boolean))], lexicon: [c.entry.lexicon], quote: this.quoteIn(r),
    });
  }

  private emitRaw(d: Omit<Draft, 'sentence'>): void {
    if (d.actor === d.target) return;
    if (this.drafts.some((x) => x.actor === d.actor && x.target === d.target && x.type === d.type)) return;
    this.drafts.push({ sentence: this.s.index, ...d });
  }

  private info(reason: string, ruleId: string, c: CueHit): void {
    this.report({ severity: 'info', reason, ruleId, span: { start: this.t.toks[c.span[0]].start, end: this.t.toks[c.span[1] - 1].end } });
  }
}
