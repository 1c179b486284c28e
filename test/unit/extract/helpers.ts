import { extractDocument } from '../../../src/pipeline';
import { loadLexicons } from '../../../src/lexicon/load';
import type { Statement } from '../../../src/types';

export const lexicons = loadLexicons();

/** Extracts an invented text and returns "actor|TYPE|target" triples. */
export function triples(text: string, published = '2024-05-10'): string[] {
  return extract(text, published).map((s) => `${s.actor.name}|${s.type}|${s.target.name}`);
}

export function extract(text: string, published = '2024-05-10'): Statement[] {
  return extractDocument({ id: 'doc', path: 'doc.txt', text, published }, { lexicons });
}
