/**
 * CoNLL-U reading and writing
 * ===========================
 *
 * Only the basic-tree columns are interpreted. Multiword-token lines (`1-2`) and empty nodes
 * (`1.1`) are kept as raw lines so that `parse --conllu` can pass them through untouched.
 */

export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  comments: string[];
  words: ConlluWord[];
  /** Every line of the sentence in order; a number is an index into `words`, a string is kept verbatim. */
  lines: (number | string)[];
}

export function readConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence | null = null;
  const lines = text.split(/\r?\n/);
  for (const line of lines) {
    if (!line.trim()) {
      if (cur && (cur.words.length || cur.comments.length)) out.push(cur);
      cur = null;
      continue;
    }
    if (!cur) cur = { comments: [], words: [], lines: [] };
    if (line.startsWith('#')) {
      cur.comments.push(line);
      cur.lines.push(line);
      continue;
    }
    const cols = line.split('\t');
    if (!/^\d+$/.test(cols[0] ?? '')) {
      cur.lines.push(line); // multiword token or empty node
      continue;
    }
    cur.lines.push(cur.words.length);
    cur.words.push({
      id: Number(cols[0]),
      form: cols[1] ?? '_',
      lemma: cols[2] ?? '_',
      upos: cols[3] ?? '_',
      xpos: cols[4] ?? '_',
      feats: cols[5] ?? '_',
      head: cols[6] === undefined || cols[6] === '_' ? -1 : Number(cols[6]),
      deprel: cols[7] ?? '_',
      deps: cols[8] ?? '_',
      misc: cols[9] ?? '_',
    });
  }
  if (cur && (cur.words.length || cur.comments.length)) out.push(cur);
  return out;
}

export function formatWord(w: ConlluWord): string {
  return [w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? '_' : w.head, w.deprel, w.deps, w.misc].join('\t');
}

export function writeConllu(sentences: ConlluSentence[]): string {
  let s = '';
  for (const sent of sentences) {
    for (const l of sent.lines) s += (typeof l === 'number' ? formatWord(sent.words[l]) : l) + '\n';
    s += '\n';
  }
  return s;
}
