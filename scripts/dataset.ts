// The one dataset the pipeline computes: src/generated/records.json. The build writes it; the reports and
// `npm run compare` read it while it is newer than every seed, and rebuild it only when a seed changed.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildRecords, type BuiltRecords } from '../src/lib/pipeline.ts';
import { readSeedFolder } from '../src/lib/seeds/loadSeeds.ts';
import { loadRecords, RECORDS_PATH } from '../src/lib/records/load.ts';
import type { Records } from '../src/lib/records/article.ts';

/** Runs the pipeline on seeds/ and writes the dataset. */
export function writeRecords(root: string): BuiltRecords {
  const built = buildRecords(readSeedFolder(root));
  const out = join(root, RECORDS_PATH);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(built.records));
  return built;
}

/** True when the dataset on disk was written after the last change to seeds/ (a file added, edited or removed). */
function isCurrent(root: string): boolean {
  const out = join(root, RECORDS_PATH);
  if (!existsSync(out)) return false;
  const written = statSync(out).mtimeMs;
  const seeds = join(root, 'seeds');
  if (statSync(seeds).mtimeMs > written) return false;
  return readdirSync(seeds).every((n) => statSync(join(seeds, n)).mtimeMs <= written);
}

/** The dataset, read from disk when current, else rebuilt (and written) first. */
export function currentRecords(root: string): Records {
  if (!isCurrent(root)) writeRecords(root);
  return loadRecords(root);
}
