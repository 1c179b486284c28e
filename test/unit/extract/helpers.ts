import { extractDocument } from '../../../src/pipeline';
import { loadLexicons } from '../../../src/lexicon/load';
import type { SyntaxToken } from '../../../src/syntax';
import type { Statement } from '../../../src/types';

export const lexicons = loadLexicons();

/** Extracts an invented text and returns "actor|TYPE|target" triples. */
export function triples(text: string, published = '2024-05-10'): string[] {
  return extract(text, published).map((s) => `${s.actor.name}|${s.type}|${s.target.name}`);
}

export function extract(text: string, published = '2024-05-10'): Statement[] {
  return extractDocument({ id: 'doc', path: 'doc.txt', text, published }, { lexicons });
}

/**
 * Every named mention of an invented text with what it resolved to: "text → name (kind)", or with `country`
 * "text → name (kind, country)"; "text → -" when it resolved to nothing.
 */
export function mentions(text: string, country = false): string[] {
  const out: string[] = [];
  extractDocument({ id: 'doc', path: 'doc.txt', text, published: '2024-05-10' }, {
    lexicons,
    onSentence: ({ tree, registry }) => {
      for (const m of new Set(tree.mentionAt)) {
        if (!m || m.kind === 'pronoun') continue;
        const e = m.entity ? registry.entities.get(m.entity) : undefined;
        out.push(`${m.text} → ${e ? `${e.name} (${e.kind}${country ? `, ${e.country ?? '-'}` : ''})` : '-'}`);
      }
    },
  });
  return out;
}

/** Hand-built parse tokens from `form/UPOS/lemma/head/deprel` words (heads 1-based, as the parser writes them). */
export function toks(spec: string): SyntaxToken[] {
  let at = 0;
  return spec.split(' ').map((w, i) => {
    const [form, upos, lemma, head, deprel] = w.split('/');
    const t = { id: i + 1, form, start: at, end: at + form.length, upos, lemma, head: Number(head), deprel };
    at += form.length + 1;
    return t;
  });
}
