/**
 * `stancegraph eval --gold DIR --pred FILE [--json] [--show-errors]`
 *
 * Scores statements (JSON lines, e.g. from `stancegraph extract`) against gold annotations (one
 * JSON file per document, see the README): precision, recall and F1 per view (edges, typed,
 * countries, sentences), per document, over all documents and per statement type. The figures are
 * those of the reference scorer (../shared/eval/score.mjs). Exit 0, or 1 when a file cannot be read.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { StancegraphError } from '../errors';
import { formatReport, loadGold, loadPred, score } from '../eval/score';
import type { Command } from './types';

const USAGE = `Usage: stancegraph eval --gold DIR --pred FILE [options]

Scores predicted statements against gold annotations: precision, recall and F1 per view
  edges      (actor, sign, target) between resolved entities; COMMENT left out
  typed      (actor, type, target)
  countries  (actor's country, sign, target's country)
  sentences  (sentence, actor, sign, target)
per document, over all documents, and per statement type.

Options:
  --gold PATH      a folder of gold files (*.json, one per document) or one gold file
  --pred PATH      statements as JSON lines (stancegraph extract's output), or a folder of *.jsonl
  --json           print the figures as JSON (summary, docs, types)
  --show-errors    list the missed and extra edges of each document
  -h, --help       show this help

Gold format: one JSON file per document, {"doc", "entities": {id: {name, kind, country, aliases}},
"statements": [{anchor, actor, type, targets}]}; see "Scoring your own annotations" in the README.`;

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score statements against gold annotations (P/R/F1 per view and per type)',
  usage: USAGE,
  async run(argv, io) {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        allowPositionals: false,
        options: {
          gold: { type: 'string' },
          pred: { type: 'string' },
          json: { type: 'boolean', default: false },
          'show-errors': { type: 'boolean', default: false },
        },
      }));
    } catch (err) {
      throw new StancegraphError('E_USAGE', (err as Error).message);
    }
    if (!values.gold || !values.pred) throw new StancegraphError('E_USAGE', 'give both --gold and --pred');
    const report = score(loadGold(resolve(io.cwd, values.gold)), loadPred(resolve(io.cwd, values.pred)));
    if (values.json) {
      const { errors, ...figures } = report;
      const out = values['show-errors'] ? { ...figures, errors } : figures;
      io.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
    } else {
      io.stdout.write(`${formatReport(report, values['show-errors'])}\n`);
    }
    return 0;
  },
};
