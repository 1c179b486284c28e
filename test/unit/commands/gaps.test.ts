import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gapReport } from '../../../src/commands/gaps';

describe('stancegraph gaps', () => {
  it('counts verbs linking two actors that are no cue, unresolved subject names and pronouns, with an example each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-gaps-'));
    writeFileSync(join(dir, 'a.txt'), 'Norway outflanked Sweden on Monday. Later Norway outflanked Denmark. They also met Finland.');
    writeFileSync(join(dir, 'b.txt'), 'Zorblat condemned Chile.');
    const r = await gapReport([dir], { top: 10 });
    expect(r.documents).toBe(2);
    const verb = r.uncoveredVerbs.find((g) => g.key === 'outflank');
    expect(verb?.count).toBe(2);
    expect(verb?.example).toMatch(/outflanked/);
    // a cue verb ("condemned") is covered and never listed
    expect(r.uncoveredVerbs.map((g) => g.key)).not.toContain('condemn');
  });
});
