/**
 * No actor names in code: string literals in src/**\/*.ts must not be gazetteer names. (That the
 * source holds no name of a person, outlet or group of the dev gold is checked by `npm run eval`,
 * scripts/check-names.mjs, which needs the gold beside the repository; this test needs nothing.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicons } from './helpers';

const SRC = join(__dirname, '..', '..', '..', 'src');

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
});
