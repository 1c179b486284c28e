/**
 * Runs xmllint on written files. Fails (never skips) when xmllint or the GEXF 1.3 schema is
 * missing: install libxml2-utils; the schema lives at ../shared/schemas/gexf-1.3 from the repo.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const GEXF_SCHEMA = resolve(REPO_ROOT, '..', 'shared', 'schemas', 'gexf-1.3', 'gexf.rng');

export function requireXmllint(): void {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error('xmllint not found: install it (apt-get install -y libxml2-utils); these tests never skip');
  }
  if (!existsSync(GEXF_SCHEMA)) throw new Error(`GEXF 1.3 schema missing at ${GEXF_SCHEMA}`);
}

let dir: string | undefined;
export function writeTemp(name: string, content: string): string {
  dir ??= mkdtempSync(join(tmpdir(), 'stancegraph-export-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** xmllint's verdict on a file: ok plus its messages. */
export function xmllint(file: string, relaxng?: string): { ok: boolean; output: string } {
  const args = ['--noout', ...(relaxng ? ['--relaxng', relaxng] : []), file];
  const r = spawnSync('xmllint', args, { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** Validates a GEXF string against the official 1.3 RELAX NG schema. */
export function validateGexf(name: string, content: string): { ok: boolean; output: string } {
  requireXmllint();
  return xmllint(writeTemp(name, content), GEXF_SCHEMA);
}
