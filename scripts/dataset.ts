// The one dataset the pipeline computes: src/generated/records.json. The build writes it; the reports and
// `npm run compare` read it while it is newer than every seed, and rebuild it only when a seed changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildRecords, type ArticleCache, type BuiltRecords } from '../src/lib/pipeline.ts';
import { readSeedFolder } from '../src/lib/seeds/loadSeeds.ts';
import { loadRecords, RECORDS_PATH } from '../src/lib/records/load.ts';
import { ArticleSchema, type Records } from '../src/lib/records/article.ts';

/** The code that turns one seed into an article: a change to any of it empties the cache. */
const ARTICLE_CODE = ['src/lib/seeds', 'src/lib/text', 'src/lib/records', 'package-lock.json'];

/**
 * Built articles on disk under .cache/articles/, one JSON file per seed, named by the SHA-256 of the article-building
 * code, the seed's path and its bytes; read back through the Article schema.
 */
export function diskCache(root: string): ArticleCache {
  const dir = join(root, '.cache/articles');
  mkdirSync(dir, { recursive: true });
  const code = createHash('sha256');
  for (const path of ARTICLE_CODE.flatMap((p) => filesUnder(join(root, p)))) code.update(path.slice(root.length)).update(readFileSync(path));
  const version = code.digest('hex');
  const fileOf = (file: string, bytes: Uint8Array) => join(dir, `${createHash('sha256').update(version).update(file).update('\0').update(bytes).digest('hex')}.json`);
  return {
    get(file, bytes) {
      const path = fileOf(file, bytes);
      if (!existsSync(path)) return undefined;
      const parsed = ArticleSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      return parsed.success ? parsed.data : undefined;
    },
    set(file, bytes, article) {
      writeFileSync(fileOf(file, bytes), JSON.stringify(article));
    },
  };
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Runs the pipeline on seeds/ and writes the dataset. */
export function writeRecords(root: string): BuiltRecords {
  const built = buildRecords(readSeedFolder(root), process.env.WIRETRACE_NO_CACHE ? undefined : diskCache(root));
  const out = join(root, RECORDS_PATH);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(built.records));
  return built;
}

/**
 * True when the dataset on disk was written after the last change to seeds/ (a file added, edited or removed) and to
 * the code that computes it (src/lib).
 */
function isCurrent(root: string): boolean {
  const out = join(root, RECORDS_PATH);
  if (!existsSync(out)) return false;
  const written = statSync(out).mtimeMs;
  const seeds = join(root, 'seeds');
  if (statSync(seeds).mtimeMs > written) return false;
  const inputs = [...readdirSync(seeds).map((n) => join(seeds, n)), ...filesUnder(join(root, 'src/lib'))];
  return inputs.every((path) => statSync(path).mtimeMs <= written);
}

/** The dataset, read from disk when current, else rebuilt (and written) first. */
export function currentRecords(root: string): Records {
  if (!isCurrent(root)) writeRecords(root);
  return loadRecords(root);
}
