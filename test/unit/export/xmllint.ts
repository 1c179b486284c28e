/**
 * XML checks through xmllint compiled to WebAssembly (the npm package xmllint-wasm): no system
 * tool needed. GEXF files are validated against the official GEXF 1.3 RELAX NG schema, kept in the
 * repository at schemas/gexf-1.3 (with its include files and licence notice).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const GEXF_SCHEMA_DIR = join(REPO_ROOT, 'schemas', 'gexf-1.3');

const schemaFile = (name: string) => ({ fileName: name, contents: readFileSync(join(GEXF_SCHEMA_DIR, name), 'utf8') });

export interface XmlVerdict { ok: boolean; output: string }

async function run(fileName: string, contents: string, relaxng: boolean): Promise<XmlVerdict> {
  const size = Buffer.byteLength(contents);
  const pages = Math.min(65536, 256 + Math.ceil((size * 16) / 65536)); // 16 MiB, more for large files
  const r = relaxng
    ? await validateXML({
      xml: [{ fileName, contents }],
      schema: [schemaFile('gexf.rng')],
      preload: [schemaFile('dynamics.rng'), schemaFile('viz.rng')],
      extension: 'relaxng',
      maxMemoryPages: pages,
    })
    : await validateXML({ xml: [{ fileName, contents }], normalization: 'format', maxMemoryPages: pages });
  return { ok: r.valid, output: r.errors.map((e) => e.rawMessage).join('\n') };
}

/** Validates a GEXF string against the official 1.3 RELAX NG schema. */
export function validateGexf(name: string, content: string): Promise<XmlVerdict> {
  return run(name, content, true);
}

/** Validates a GEXF file against the official 1.3 RELAX NG schema. */
export function validateGexfFile(path: string): Promise<XmlVerdict> {
  return run(path.split('/').pop()!, readFileSync(path, 'utf8'), true);
}

/** Checks that a string is well-formed XML. */
export function wellFormed(name: string, content: string): Promise<XmlVerdict> {
  return run(name, content, false);
}
