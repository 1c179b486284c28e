/**
 * No actor names in code: string literals in src/**\/*.ts must not be gazetteer names, and the
 * extractor's source must not contain names of the people and organizations of the seed articles'
 * gold (the rules find people from the text, not from a list).
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lexicons } from './helpers';

const SRC = join(__dirname, '..', '..', '..', 'src');
const GOLD = join(__dirname, '..', '..', '..', '..', 'shared', 'gold', 'dev');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

describe('source code', () => {
  const files = tsFiles(SRC).map((f) => ({ f, text: readFileSync(f, 'utf8') }));

  it('holds no country or capital name as a string literal', () => {
    const names = new Set<string>();
    for (const c of lexicons.countries.values()) for (const n of [c.name, ...c.capitals]) if (n.length > 3) names.add(n);
    const hits: string[] = [];
    // CLI usage texts may show an example value; logic may not name a state
    for (const { f, text } of files.filter((x) => !x.f.includes(`${join('src', 'commands')}`))) {
      for (const m of text.matchAll(/'([^'\n]{4,40})'|"([^"\n]{4,40})"/g)) {
        const lit = m[1] ?? m[2];
        if (names.has(lit)) hits.push(`${f}: ${lit}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('holds no name of a person or organization from the dev gold', () => {
    expect(existsSync(GOLD)).toBe(true);
    const names = new Set<string>();
    for (const g of readdirSync(GOLD).filter((f) => f.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(join(GOLD, g), 'utf8'));
      for (const e of Object.values(gold.entities) as { name: string; kind: string; aliases?: string[] }[]) {
        if (e.kind === 'person' || e.kind === 'media' || e.kind === 'group') for (const n of [e.name, ...(e.aliases ?? [])]) if (n.includes(' ') && n.length > 6 && /[A-Z]/.test(n)) names.add(n);
      }
    }
    const hits: string[] = [];
    for (const { f, text } of files) for (const n of names) if (text.includes(n)) hits.push(`${f}: ${n}`);
    // src/data holds sub-folders too (src/data/syntax): every file, recursively.
    const data = (readdirSync(join(SRC, 'data'), { recursive: true }) as string[])
      .filter((d) => statSync(join(SRC, 'data', d)).isFile())
      .map((d) => ({ f: d, text: readFileSync(join(SRC, 'data', d), 'utf8') }));
    for (const { f, text } of data) for (const n of names) if (text.includes(n)) hits.push(`src/data/${f}: ${n}`);
    expect(names.size).toBeGreaterThan(10);
    expect(hits).toEqual([]);
  });
});
