/**
 * Parser: structures the statement extractor relies on, on ordinary news sentences, and the API.
 * Relations are compared without subtypes where UD allows either (obl:agent / obl).
 */
import { parse, parseText, tokenize, type SyntaxToken } from '../../../src/syntax/index';

function analyse(text: string): SyntaxToken[] {
  return parse(tokenize(text));
}
/** The token with this form (the first one, or the nth). */
function tok(toks: SyntaxToken[], form: string, nth = 0): SyntaxToken {
  const found = toks.filter((t) => t.form === form)[nth];
  if (!found) throw new Error(`no token "${form}" in ${toks.map((t) => t.form).join(' ')}`);
  return found;
}
function headOf(toks: SyntaxToken[], t: SyntaxToken): SyntaxToken | undefined {
  return toks.find((x) => x.id === t.head);
}
const base = (rel: string) => rel.split(':')[0];

describe('parse: structures for statement extraction', () => {
  it('parses words that are names of object properties ("constructor" once threw in the word-class lexicon)', () => {
    const toks = analyse('The constructor said the toString method failed.');
    expect(toks.map((t) => t.form)).toEqual(['The', 'constructor', 'said', 'the', 'toString', 'method', 'failed', '.']);
    expect(tok(toks, 'constructor').upos).toBe('NOUN');
  });

  it('passive with agent: nsubj:pass, aux:pass, obl(:agent) with case "by"', () => {
    const s = analyse('The plan was condemned by rights groups.');
    const verb = tok(s, 'condemned');
    expect(verb.deprel).toBe('root');
    expect(tok(s, 'plan')).toMatchObject({ head: verb.id, deprel: 'nsubj:pass' });
    expect(tok(s, 'was')).toMatchObject({ head: verb.id, deprel: 'aux:pass' });
    const agent = tok(s, 'groups');
    expect(agent.head).toBe(verb.id);
    expect(base(agent.deprel)).toBe('obl');
    expect(tok(s, 'by')).toMatchObject({ head: agent.id, deprel: 'case' });
  });

  it('apposition: "The minister, Jane Doe, said …"', () => {
    const s = analyse('The foreign minister, Jane Doe, said the talks would continue.');
    const said = tok(s, 'said');
    const minister = tok(s, 'minister');
    expect(said.deprel).toBe('root');
    expect(minister).toMatchObject({ head: said.id, deprel: 'nsubj' });
    expect(tok(s, 'Jane')).toMatchObject({ head: minister.id, deprel: 'appos' });
    expect(tok(s, 'Doe')).toMatchObject({ head: tok(s, 'Jane').id, deprel: 'flat' });
    expect(tok(s, 'continue')).toMatchObject({ head: said.id, deprel: 'ccomp' });
  });

  it('coordinated subjects and coordinated verbs', () => {
    const s = analyse('France and Germany criticized the decision and called for new talks.');
    const criticized = tok(s, 'criticized');
    expect(criticized.deprel).toBe('root');
    expect(tok(s, 'France')).toMatchObject({ head: criticized.id, deprel: 'nsubj' });
    expect(tok(s, 'Germany')).toMatchObject({ head: tok(s, 'France').id, deprel: 'conj' });
    expect(tok(s, 'and')).toMatchObject({ head: tok(s, 'Germany').id, deprel: 'cc' });
    expect(tok(s, 'called')).toMatchObject({ head: criticized.id, deprel: 'conj' });
    expect(tok(s, 'decision')).toMatchObject({ head: criticized.id, deprel: 'obj' });
  });

  it('reported speech: "said that" → ccomp with mark', () => {
    const s = analyse('The president said that the sanctions would remain in place.');
    const said = tok(s, 'said');
    const remain = tok(s, 'remain');
    expect(said.deprel).toBe('root');
    expect(tok(s, 'president')).toMatchObject({ head: said.id, deprel: 'nsubj' });
    expect(remain).toMatchObject({ head: said.id, deprel: 'ccomp' });
    expect(tok(s, 'that')).toMatchObject({ head: remain.id, deprel: 'mark' });
    expect(tok(s, 'sanctions')).toMatchObject({ head: remain.id, deprel: 'nsubj' });
  });

  it('quotation followed by the speaker', () => {
    const s = analyse('"We will not yield," the minister said.');
    const said = tok(s, 'said');
    expect(said.deprel).toBe('root');
    expect(tok(s, 'minister')).toMatchObject({ head: said.id, deprel: 'nsubj' });
    const yieldTok = tok(s, 'yield');
    expect(yieldTok.head).toBe(said.id);
    expect(['ccomp', 'parataxis']).toContain(yieldTok.deprel);
    expect(tok(s, 'We')).toMatchObject({ head: yieldTok.id, deprel: 'nsubj' });
  });

  it('relative clause: acl:relcl on the noun', () => {
    const s = analyse('The senator who proposed the bill criticized the ruling.');
    const senator = tok(s, 'senator');
    const proposed = tok(s, 'proposed');
    expect(proposed).toMatchObject({ head: senator.id, deprel: 'acl:relcl' });
    expect(tok(s, 'who')).toMatchObject({ head: proposed.id, deprel: 'nsubj' });
    expect(tok(s, 'criticized').deprel).toBe('root');
    expect(senator).toMatchObject({ head: tok(s, 'criticized').id, deprel: 'nsubj' });
  });
});

describe('parse: API', () => {
  it('returns one token per input token with a single root and heads in range', () => {
    const forms = ['Officials', 'denied', 'the', 'report', '.'];
    const s = parse(forms);
    expect(s.map((t) => t.form)).toEqual(forms);
    expect(s.map((t) => t.id)).toEqual([1, 2, 3, 4, 5]);
    expect(s.filter((t) => t.head === 0)).toHaveLength(1);
    for (const t of s) {
      expect(t.head).toBeGreaterThanOrEqual(0);
      expect(t.head).toBeLessThanOrEqual(5);
      expect(t.head).not.toBe(t.id);
    }
    // string tokens get offsets as if joined by single spaces
    expect(s.map((t) => [t.start, t.end])).toEqual([[0, 9], [10, 16], [17, 20], [21, 27], [28, 29]]);
    expect(s[1]).toMatchObject({ upos: 'VERB', lemma: 'deny' });
    expect(s[0]).toMatchObject({ upos: 'NOUN', lemma: 'official' });
  });

  it('keeps given offsets and handles the empty sentence', () => {
    const s = parse([{ form: 'Hello', start: 10, end: 15 }, { form: '!', start: 15, end: 16 }]);
    expect(s.map((t) => [t.start, t.end])).toEqual([[10, 15], [15, 16]]);
    expect(parse([])).toEqual([]);
  });

  it('lemmatizes verbs and nouns', () => {
    const s = analyse('The ministers were warning that talks had failed.');
    expect(tok(s, 'ministers').lemma).toBe('minister');
    expect(tok(s, 'were').lemma).toBe('be');
    expect(tok(s, 'warning').lemma).toBe('warn');
    expect(tok(s, 'had').lemma).toBe('have');
    expect(tok(s, 'failed').lemma).toBe('fail');
  });

  it('parseText: sentences with offsets into the text, every token a tree', () => {
    const text = 'Mr. Smith arrived on Monday.  The U.S. embassy said it wasn\u2019t informed.\nTalks resume today.';
    const sents = parseText(text);
    expect(sents).toHaveLength(3);
    for (const s of sents) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.form);
      expect(s.tokens.filter((t) => t.head === 0)).toHaveLength(1);
    }
    expect(sents[1].tokens.map((t) => t.form)).toEqual(['The', 'U.S.', 'embassy', 'said', 'it', 'was', 'n\u2019t', 'informed', '.']);
  });
});
