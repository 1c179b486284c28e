// Shared by the PolNeAR dev tools (polnear.mjs, pnmiss.mjs): the data folder, the brat .ann reader and the
// loose name matching that ../shared/eval/speakers.mjs uses (content words of three letters or more).
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';

export const DIR = new URL('../../../shared/data/polnear/dev/', import.meta.url).pathname;
export const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'mr', 'mrs', 'ms', 'dr', 'said', 'his', 'her', 'its', 'their', 'he', 'she', 'it', 'they', 'who', 'which', 'that', 'this', 'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'official', 'officials', 'senator', 'sen', 'rep', 'gov', 'former', 'new', 'for', 'in', 'on']);
export const tokens = (s) => new Set(String(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !STOP.has(w)));
export const named = (s) => /\b[A-Z][a-z]+/.test(String(s).replace(/^(The|A|An|He|She|It|They)\b/, '')) || /\b[A-Z]{2,}\b/.test(s);

/** Every annotated document of DIR, in file order: { doc, text, attrs: [{ cue: {type,start,end,text}, source }] }. */
export function* annotatedDocuments(dir = DIR) {
  for (const f of readdirSync(join(dir, 'attributions')).sort()) {
    const doc = basename(f, '.ann').replace(/_[0-9a-f]{4}$/, '');
    const text = readFileSync(join(dir, 'text', `${doc}.txt`), 'utf8');
    const T = new Map(); const attrs = [];
    for (const line of readFileSync(join(dir, 'attributions', f), 'utf8').split('\n')) {
      const [id, spec, body] = line.split('\t'); if (!id) continue;
      if (id.startsWith('T')) { const [type, ...rest] = spec.split(' '); const sp = rest.join(' ').split(';').map((p) => p.trim().split(' ').map(Number)); T.set(id, { type, start: sp[0][0], end: sp.at(-1)[1], text: body }); }
      else if (id.startsWith('E')) { const r = Object.fromEntries(spec.split(' ').map((x) => x.split(':'))); const cue = T.get(r.Cue); const src = T.get(r.Source); if (cue) attrs.push({ cue, source: src?.text ?? null }); }
    }
    yield { doc, text, attrs };
  }
}
