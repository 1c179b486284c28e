/**
 * Syntax: tokenizer, UPOS tagger, lemmatizer and dependency parser
 * ================================================================
 *
 * Universal Dependencies analyses of English sentences: `parseText` splits a text into sentences
 * (src/text/sentences.ts) and tokens (UD English conventions, see tokenize.ts), tags each token
 * with its UPOS (averaged perceptron, tagger.ts), lemmatizes it (lemma.ts) and parses the
 * sentence (greedy arc-eager parser, parser.ts). The model ships as src/data/syntax/model.bin.gz
 * and is loaded once, on first use.
 */
import { splitSentences } from '../text/sentences';
import { tokenFeatures, setClusterFeatures } from './features';
import { clusterFn } from './clusters';
import { lemmatize } from './lemma';
import { getLexicon } from './lexicon';
import { getModel, type SyntaxModel } from './model';
import { parseSentence, setExtraFeatures, setLateRoot } from './parser';
import { relabel } from './relabel';
import { parseSentenceBeam } from './beam';
import { morphTag } from './morph';
import { setTaggerExtra, tagSentence } from './tagger';
import { tokenize as tokenizeRaw } from './tokenize';

export { SyntaxModelError, loadModelFile, resetModelCache } from './model';

export interface SyntaxToken {
  /** 1-based position in the sentence. */
  id: number;
  form: string;
  /** UTF-16 offsets [start, end) into the original text. */
  start: number;
  end: number;
  /** Universal POS tag (ADJ, ADP, …, VERB, X). */
  upos: string;
  lemma: string;
  /** id of the head token; 0 = root. */
  head: number;
  /** Universal Dependencies relation with its subtype, e.g. 'nsubj:pass'; 'root' for the root. */
  deprel: string;
}

/** Tokens of `text` following UD English conventions, offsets relative to `text` plus `offset`. */
export function tokenize(text: string, offset = 0): { form: string; start: number; end: number }[] {
  return tokenizeRaw(text, offset);
}

type InputToken = string | { form: string; start?: number; end?: number };

/**
 * Tags, lemmatizes and parses one sentence given as tokens. Tokens given as plain strings get
 * offsets as if the tokens were joined with single spaces.
 */
export function parse(tokens: InputToken[], model: SyntaxModel = getModel()): SyntaxToken[] {
  const n = tokens.length;
  if (!n) return [];
  const forms: string[] = new Array(n);
  const starts: number[] = new Array(n);
  const ends: number[] = new Array(n);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const form = typeof t === 'string' ? t : t.form;
    forms[i] = form;
    const start = typeof t === 'string' || t.start === undefined ? pos : t.start;
    const end = typeof t === 'string' || t.end === undefined ? start + form.length : t.end;
    starts[i] = start;
    ends[i] = end;
    pos = end + 1;
  }
  const { header } = model;
  setExtraFeatures(header.extraFeatures === true, header.quoteFeatures === true, (header as { clauseFeatures?: boolean }).clauseFeatures === true);
  setLateRoot((header as { lateRoot?: boolean }).lateRoot === true);
  setClusterFeatures(!!header.clusters);
  setTaggerExtra(header.taggerExtra === true);
  const words = tokenFeatures(forms, header.lexicon ? getLexicon() : null, clusterFn(header, header.clusters));
  const tags = new Int32Array(n);
  tagSentence(model.tagger, words, n, tags);
  const nLabels = header.labels.length;
  let ptags = tags;
  if (model.morph) {
    ptags = new Int32Array(n);
    morphTag(model.morph, words, tags, n, ptags);
  }
  const pm = { moves: model.moves, labels: model.labels, nLabels, labelNames: header.labelConstraint ? header.labels : undefined };
  const beam = beamWidth(header);
  const st = beam > 1 ? parseSentenceBeam(pm, words, ptags, n, beam) : parseSentence(pm, words, ptags, n);
  if (model.relabel) relabel(model.relabel, nLabels, { n, words, tags: ptags, heads: st.heads, labels: st.labels });
  const out: SyntaxToken[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const upos = header.upos[tags[i]];
    const head = st.heads[i + 1];
    out[i] = {
      id: i + 1,
      form: forms[i],
      start: starts[i],
      end: ends[i],
      upos,
      lemma: lemmatize(header.lemma, forms[i], upos),
      head,
      deprel: head === 0 ? 'root' : header.labels[st.labels[i + 1]] ?? 'dep',
    };
  }
  return out;
}

/**
 * The parser's beam width: the model's (header.beam, 1 = greedy), unless STANCEGRAPH_BEAM sets
 * another (to decode a model with a different beam, e.g. 1 for speed).
 */
function beamWidth(header: SyntaxModel['header']): number {
  const env = process.env.STANCEGRAPH_BEAM;
  if (env !== undefined && env !== '') {
    const b = Number(env);
    if (!Number.isInteger(b) || b < 1 || b > 64) throw new Error(`STANCEGRAPH_BEAM must be an integer from 1 to 64, got "${env}"`);
    return b;
  }
  return header.beam && header.beam > 1 ? header.beam : 1;
}

/** Sentences of `text` (via splitSentences), each tokenized and parsed; offsets into `text`. */
export function parseText(text: string): { text: string; start: number; end: number; tokens: SyntaxToken[] }[] {
  const model = getModel();
  return splitSentences('', text).map((s) => ({
    text: s.text,
    start: s.span.start,
    end: s.span.end,
    tokens: parse(tokenizeRaw(s.text, s.span.start), model),
  }));
}
