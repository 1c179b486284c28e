/**
 * V8's optimizing compiler, tuned for extraction
 * ==============================================
 *
 * Every extraction thread is an isolate of its own, and V8 compiles the extractor's hot functions
 * again in each one. The rule functions of src/statements and src/actors are large (1.4–5 KB of
 * bytecode each), and TurboFan inlines callees into them up to a cumulative budget
 * (`--max-inlined-bytecode-size-cumulative`, default 920 bytes): on the 1 MB bench corpus that
 * compilation was about a third of all CPU the process used, most of it on V8's background
 * threads, where it competes with the other worker for the second core (bench/REPORT.md, issue 13,
 * session 7). A smaller budget makes each compilation cheaper; measured (interleaved whole-process
 * runs against the default, `--jobs 2`, 1 MB), the process's CPU fell by about 10 % with the same
 * output and no slower steady state.
 *
 * The flags are process-wide (workers included) and read when a function is compiled, so setting
 * them before the extractor's code gets hot is enough. A flag the user gave (node options or
 * NODE_OPTIONS) wins: it is not set again.
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flags extraction sets, with their values. */
export const EXTRACTION_V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=300'];

let applied = false;

/** The flag's name without its value, `--a-b` and `--a_b` alike. */
function flagName(flag: string): string {
  return flag.split('=')[0].replace(/_/g, '-');
}

/**
 * Sets EXTRACTION_V8_FLAGS for this process once (a later call does nothing), except those the user
 * set in `execArgv` or `NODE_OPTIONS`. Returns the flags it set.
 */
export function tuneJitForExtraction(
  set: (flags: string) => void = setFlagsFromString,
  given: { execArgv: string[]; nodeOptions?: string } = { execArgv: process.execArgv, nodeOptions: process.env.NODE_OPTIONS },
): string[] {
  if (applied) return [];
  applied = true;
  const user = new Set([...given.execArgv, ...(given.nodeOptions ?? '').split(/\s+/)].filter((a) => a.startsWith('--')).map(flagName));
  const out = EXTRACTION_V8_FLAGS.filter((f) => !user.has(flagName(f)));
  for (const f of out) set(f);
  return out;
}

/** For tests: the next call to tuneJitForExtraction applies the flags again. */
export function resetJitTuning(): void {
  applied = false;
}
