/**
 * Sentence trees
 * ==============
 *
 * A parsed sentence (Universal Dependencies tokens from `src/syntax`) as a tree the statement rules
 * walk: children by relation, subtrees, clause heads, and the actor mention each token belongs to.
 * Relations are compared on their base ("nsubj" matches "nsubj:pass" only where a rule asks for the
 * base); `rel(i)` is the full relation, `base(i)` the part before the colon.
 */
import type { Mention } from '../actors/types';
import type { SyntaxToken } from '../syntax';

/** One token as the parser gives it. */
export type ParsedToken = SyntaxToken;

/** Spelling variants of prepositions, read as one ("towards" is "toward" in every frame). */
const CASE_SPELLING: Record<string, string> = { towards: 'toward', upon: 'on', amongst: 'among', 'vis-a-vis': 'toward' };


const IRREALIS_AUX = /^(would|could|may|might|will|shall|should|can|'ll|wo)$/;
const HYPOTHETICAL_AUX = /^(would|could|may|might|should|can|'d)$/;

/** Relations that a noun fills. */
const NOMINAL_SLOTS = new Set(['obj', 'iobj', 'nsubj', 'obl', 'nmod', 'appos']);

/** Relations that stay inside a noun phrase. */
const NOMINAL_RELS = new Set(['nmod', 'amod', 'compound', 'flat', 'appos', 'conj', 'det', 'case', 'fixed', 'nummod', 'cc', 'punct', 'goeswith']);
const NOMINAL_UPOS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'X', 'SYM']);

/** Relations that open a clause of its own: an actor found below one belongs to that clause. */
const CLAUSAL = new Set(['ccomp', 'xcomp', 'advcl', 'acl', 'parataxis', 'csubj']);

export class Tree {
  readonly n: number;
  /** Children of each token (0-based), in sentence order. */
  private readonly kidsOf: number[][];
  /** The actor mention covering each token, if any (the most specific one). */
  readonly mentionAt: (Mention | undefined)[];
  /** The mention whose syntactic head is this token. */
  readonly mentionHeadedBy: (Mention | undefined)[];

  /**
   * `modalAdjectives`: adjectives that make the clause under them a possibility ("it is unlikely that X
   * will …"), the `modal-adjective` class of src/data/word-classes.tsv.
   */
  constructor(readonly toks: ParsedToken[], readonly inQuote: boolean[], private readonly modalAdjectives: ReadonlySet<string> = new Set()) {
    this.n = toks.length;
    this.kidsOf = toks.map(() => []);
    toks.forEach((t, i) => { if (t.head > 0 && t.head - 1 !== i) this.kidsOf[t.head - 1].push(i); });
    this.mentionAt = new Array(this.n).fill(undefined);
    this.mentionHeadedBy = new Array(this.n).fill(undefined);
  }

  head(i: number): number { return this.toks[i].head - 1; }
  rel(i: number): string { return this.toks[i].deprel; }
  base(i: number): string { return this.toks[i].deprel.split(':')[0]; }
  lemma(i: number): string { return this.toks[i].lemma.toLowerCase(); }
  lower(i: number): string { return this.toks[i].form.toLowerCase(); }
  upos(i: number): string { return this.toks[i].upos; }

  /**
   * The part of speech the tree shows: a word tagged VERB that fills a nominal slot with no subject or
   * auxiliary of its own is a noun ("held talks" with "talks" tagged VERB), and a word tagged NOUN that
   * governs a subject, an object or an auxiliary is a verb ("Dupont chides Ruritania" with "chides" tagged NOUN).
   */
  role(i: number): string {
    const u = this.toks[i].upos;
    const kids = this.kidsOf[i].map((k) => this.base(k));
    if (u === 'VERB' && NOMINAL_SLOTS.has(this.base(i)) && !kids.some((r) => r === 'nsubj' || r === 'aux' || r === 'obj' || r === 'mark')) return 'NOUN';
    // (a predicate noun has a copula: "would be a provocation" stays a noun)
    // (a noun predicate has a copula, so a noun with a subject and none is a verb: "the leader often meets with …")
    if (u === 'NOUN' && !kids.includes('cop') && (kids.includes('aux') || kids.includes('nsubj'))) return 'VERB';
    return u;
  }

  /** Children of `i`, optionally only those whose relation (full, or base when `rel` has no colon) matches. */
  kids(i: number, ...rels: string[]): number[] {
    const k = this.kidsOf[i];
    if (!rels.length) return k;
    return k.filter((c) => rels.some((r) => (r.includes(':') ? this.rel(c) === r : this.base(c) === r)));
  }

  /** The case-marking word of a nominal ("by", "of", "according to"), lower-case, or undefined. */
  caseOf(i: number): string | undefined {
    const c = this.kidsOf[i].filter((k) => this.base(k) === 'case' || this.base(k) === 'mark');
    if (!c.length) return undefined;
    const first = c[0];
    const fixed = this.kids(first, 'fixed').map((k) => this.lower(k));
    return [CASE_SPELLING[this.lower(first)] ?? this.lower(first), ...fixed].join(' ');
  }

  /** Token indices of the subtree of `i` (sorted), not descending through `stop` relations. */
  subtree(i: number, stop: (child: number) => boolean = () => false): number[] {
    const out: number[] = [];
    const walk = (k: number) => {
      out.push(k);
      for (const c of this.kidsOf[k]) if (!stop(c)) walk(c);
    };
    walk(i);
    return out.sort((a, b) => a - b);
  }

  /** Subtree of `i` within its own clause: does not enter clausal dependents. */
  phrase(i: number): number[] {
    return this.subtree(i, (c) => CLAUSAL.has(this.base(c)) || this.rel(c) === 'acl:relcl');
  }

  isClausal(i: number): boolean { return CLAUSAL.has(this.base(i)); }

  /**
   * The noun phrase of `i`: its subtree through nominal relations only (modifiers, possessors,
   * prepositional nouns, appositions, coordinated nouns), never into clauses or coordinated verbs.
   */
  nounPhrase(i: number): number[] {
    return this.subtree(i, (c) => !NOMINAL_RELS.has(this.base(c)) || (this.base(c) === 'conj' && !NOMINAL_UPOS.has(this.upos(c))));
  }

  /** Ancestors of `i`, nearest first. */
  ancestors(i: number): number[] {
    const out: number[] = [];
    let k = this.head(i);
    let guard = 0;
    while (k >= 0 && guard++ < this.n) { out.push(k); k = this.head(k); }
    return out;
  }

  /** The token is negated: "not", "never", "n't", "hardly", "no longer" on it or its auxiliaries. */
  negated(i: number): boolean {
    return this.kidsOf[i].some((k) => (this.base(k) === 'advmod' || this.base(k) === 'neg' || this.base(k) === 'aux')
      && (/^(not|n't|never|no|hardly|scarcely)$/.test(this.lower(k)) || (this.lower(k) === 'longer' && this.kidsOf[k].some((x) => this.lower(x) === 'no')))
      // "not only a racist, but a danger", "not just X": a focus phrase, no negation
      && !(this.lower(k) === 'not' && k + 1 < this.n && /^(only|just|merely|simply)$/.test(this.lower(k + 1))));
  }

  /** Passive voice: a passive subject or auxiliary. */
  passive(i: number): boolean {
    return this.kidsOf[i].some((k) => this.rel(k) === 'nsubj:pass' || this.rel(k) === 'aux:pass' || this.rel(k) === 'csubj:pass')
      // a bare participle with a by-phrase and no subject or auxiliary of its own: "…, blamed by X on Y"
      || (this.upos(i) === 'VERB' && /ed$|en$/.test(this.lower(i)) && this.kidsOf[i].some((k) => this.base(k) === 'obl' && this.caseOf(k) === 'by')
        && !this.kidsOf[i].some((k) => this.base(k) === 'nsubj' || this.base(k) === 'aux' || this.base(k) === 'obj'))
      // a participle modifying a noun with a by-phrase: "the strikes condemned by Ruritania"
      || (this.upos(i) === 'VERB' && this.rel(i) === 'acl' && this.kidsOf[i].some((k) => this.rel(k) === 'obl:agent' || this.caseOf(k) === 'by'));
  }

  /** Modal or conditional words governing `i` ("would", "could", "will", "if"): a negative act becomes a WARN. */
  irrealis(i: number): boolean {
    return this.modal(i, IRREALIS_AUX);
  }

  /** Hypothetical rather than announced: "would", "could", "may", "if", "unlikely that" (not "will"). */
  hypothetical(i: number): boolean {
    return this.modal(i, HYPOTHETICAL_AUX);
  }

  /** `i` or one of its three nearest governors carries a modal of `aux`, a conditional "if", or sits under "unlikely that". */
  private modal(i: number, aux: RegExp): boolean {
    if (this.doubted(i)) return true;
    for (const k of [i, ...this.ancestors(i).slice(0, 3)]) {
      for (const c of this.kidsOf[k]) {
        const w = this.lower(c);
        if ((this.base(c) === 'aux' && aux.test(w)) || (this.base(c) === 'mark' && /^(if|unless|whether)$/.test(w))) return true;
      }
    }
    return false;
  }

  /** Under "it is unlikely / possible / doubtful that …". */
  private doubted(i: number): boolean {
    return this.ancestors(i).slice(0, 4).some((k) => this.upos(k) === 'ADJ' && this.modalAdjectives.has(this.lemma(k)));
  }

}
