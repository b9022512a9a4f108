// Parses seeds/ into typed records (src/generated/records.json) before every build and dev run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeeds } from '../src/lib/loadSeeds.ts';
import { buildComparisons } from '../src/lib/buildComparisons.ts';
import { SeedErrors } from '../src/lib/seedError.ts';
import { RecordsSchema, BLOCK_KINDS } from '../src/lib/schema.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
try {
  const { articles, warnings } = loadSeeds(root);
  const parsed = performance.now();
  const { stories, comparisons, collations } = buildComparisons(articles);
  const compared = performance.now();
  const quotes: never[] = [];
  const records = RecordsSchema.parse({ articles, stories, comparisons, collations, quotes });
  const out = join(root, 'src/generated/records.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(records));

  const byKind = Object.fromEntries(BLOCK_KINDS.map((k) => [k, 0]));
  for (const a of articles) for (const b of a.blocks) byKind[b.kind]!++;
  const blocks = articles.reduce((s, a) => s + a.blocks.length, 0);
  console.log(`wiretrace: ${articles.length} articles, ${blocks} blocks`);
  console.log(
    '  blocks by kind: ' +
      Object.entries(byKind)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${k} ${n}`)
        .join(', '),
  );
  console.log(`  ${stories.length} stories, ${comparisons.length} comparisons`);
  for (const w of warnings) console.log(`  warning: ${w}`);
  console.log(`  parsing ${ms(parsed - started)}, comparing ${ms(compared - parsed)}`);
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
