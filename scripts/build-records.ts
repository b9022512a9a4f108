// Parses seeds/ into typed records (src/generated/records.json) before every build and dev run.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeRecords } from './dataset.ts';
import { SeedErrors } from '../src/lib/seeds/seedError.ts';
import { BLOCK_KINDS } from '../src/lib/records/article.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
try {
  const { records, warnings, timings } = writeRecords(root);
  const { articles, stories, comparisons, quotes } = records;

  const byKind = Object.fromEntries(BLOCK_KINDS.map((k) => [k, 0]));
  for (const a of articles) for (const b of a.blocks) byKind[b.kind]!++;
  const blocks = articles.reduce((s, a) => s + a.blocks.length, 0);
  const shared = quotes.filter((q) => q.outlets.length > 1).length;
  const kinds = Object.entries(byKind)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  console.log(`wiretrace: ${articles.length} articles, ${blocks} blocks`);
  console.log(`  blocks by kind: ${kinds}`);
  console.log(`  ${stories.length} stories, ${comparisons.length} comparisons, ${quotes.length} quotations (${shared} carried by several outlets)`);
  for (const w of warnings) console.log(`  warning: ${w}`);
  console.log(`  parsing ${ms(timings.parsing)}, comparing ${ms(timings.comparing)}, quotations ${ms(timings.quotations)}`);
  console.log(`  wrote src/generated/records.json in ${ms(performance.now() - started)}`);
} catch (e) {
  if (e instanceof SeedErrors) {
    console.error(`\nwiretrace: the build stopped. ${e.message}\n`);
    process.exit(1);
  }
  throw e;
}

function ms(t: number): string {
  return `${Math.round(t)} ms`;
}
