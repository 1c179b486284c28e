// After `tsc`: copy the data files next to the compiled code, make the CLI executable, and
// link it as node_modules/.bin/stancegraph so `npx stancegraph` works inside this checkout.
import { chmodSync, cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
cpSync(join(root, 'src', 'data'), join(root, 'dist', 'data'), { recursive: true });
const cli = join(root, 'dist', 'cli.js');
chmodSync(cli, 0o755);
const binDir = join(root, 'node_modules', '.bin');
if (existsSync(join(root, 'node_modules'))) {
  mkdirSync(binDir, { recursive: true });
  const link = join(binDir, 'stancegraph');
  rmSync(link, { force: true });
  symlinkSync(relative(binDir, cli), link);
}
