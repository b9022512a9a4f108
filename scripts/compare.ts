// npm run compare -- <a> <b>: the comparison of two articles (ids or seed paths) in the terminal.
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentRecords } from './dataset.ts';
import { compareArticles } from '../src/lib/compare/compareArticles.ts';
import { orientComparison } from '../src/lib/compare/orientComparison.ts';
import { formatComparison } from '../src/lib/output/terminalDiff.ts';
import { SeedErrors } from '../src/lib/seeds/seedError.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2).filter((x) => x !== '--');
if (args.length !== 2) {
  console.error('usage: npm run compare -- <article id or seed path> <article id or seed path>');
  process.exit(2);
}
try {
  const { articles, comparisons } = currentRecords(root);
  const find = (ref: string) => {
    const id = basename(ref).replace(/\.(md|markdown|txt)$/i, '');
    const found = articles.find((a) => a.id === ref || a.source === ref || a.source.endsWith(`/${basename(ref)}`) || a.id === id);
    if (!found) {
      console.error(`no article "${ref}"; known ids: ${articles.map((a) => a.id).join(', ')}`);
      process.exit(2);
    }
    return found;
  };
  const [a, b] = [find(args[0]!), find(args[1]!)];
  const stored = comparisons.find((c) => (c.a === a.id && c.b === b.id) || (c.a === b.id && c.b === a.id));
  // Articles the engine did not link still get compared: the reader asked for this pair.
  const comparison = stored ? orientComparison(stored, a.id) : compareArticles(a, b, { story: '(not linked)', relation: 'related' });
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  process.stdout.write(formatComparison(comparison, a, b, color));
} catch (e) {
  if (e instanceof SeedErrors) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
