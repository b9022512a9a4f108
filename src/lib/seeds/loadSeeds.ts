// Reads every seed in a folder into validated Article records, or fails with one message per unusable seed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../records/article.ts';
import { readSeed, type SeedText } from './readSeed.ts';
import { SeedError, SeedErrors } from './seedError.ts';
import { buildArticle } from './buildArticle.ts';
import { markRecurringLines } from './markRecurringLines.ts';
import { compareCodeUnits } from '../text/order.ts';

/** One seed file as read from disk: its path relative to the repository, and its bytes. */
export interface SeedFile {
  file: string;
  bytes: Uint8Array;
}

/**
 * Where built articles are kept between builds, by the seed's path and content (the caller also keys on the code that
 * builds them): a rebuild after adding one seed reads and classifies only that seed.
 */
export interface ArticleCache {
  get(file: string, bytes: Uint8Array): Article | undefined;
  set(file: string, bytes: Uint8Array, article: Article): void;
}

export interface LoadedSeeds {
  articles: Article[];
  warnings: string[];
}

/** The seed files of a folder: `dir` is read relative to `root`, and each `file` is given relative to `root`. */
export function readSeedFolder(root: string, dir = 'seeds'): SeedFile[] {
  const names = readdirSync(join(root, dir)).filter((n) => !n.startsWith('.') && statSync(join(root, dir, n)).isFile());
  return names.map((n) => ({ file: `${dir}/${n}`, bytes: readFileSync(join(root, dir, n)) }));
}

/** Reads and builds the articles of a seed folder. */
export function loadSeeds(root: string, dir = 'seeds'): LoadedSeeds {
  return buildArticles(readSeedFolder(root, dir));
}

/** The same files in any order give the same articles, in the same order, and the same errors. */
export function buildArticles(files: SeedFile[], cache?: ArticleCache): LoadedSeeds {
  const errors: SeedError[] = [];
  const seeds: SeedText[] = [];
  const bytesOf = new Map<string, Uint8Array>();
  // Sorted by path in code units, never by locale or by the order a directory listing happens to give, so every
  // machine builds the same records and the same file is the one blamed for a duplicate id.
  for (const f of [...files].sort((a, b) => compareCodeUnits(a.file, b.file))) {
    try {
      seeds.push(readSeed(f.file, f.bytes));
      bytesOf.set(f.file, f.bytes);
    } catch (e) {
      if (e instanceof SeedError) errors.push(e);
      else throw e;
    }
  }
  const byId = new Map<string, SeedText>();
  for (const s of seeds) {
    const other = byId.get(s.id);
    if (other) {
      errors.push(
        new SeedError(
          s.file,
          s.keyLines.id ?? 1,
          `its article id "${s.id}" is already used by ${other.file}`,
          'rename one of the two files, or give one of them a different `id:` in its front matter',
        ),
      );
    } else byId.set(s.id, s);
  }
  const articles: Article[] = [];
  for (const s of byId.values()) {
    try {
      const bytes = bytesOf.get(s.file)!;
      const cached = cache?.get(s.file, bytes);
      const article = cached ?? buildArticle(s);
      if (!cached) cache?.set(s.file, bytes, article);
      articles.push(article);
    } catch (e) {
      if (e instanceof SeedError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length) throw new SeedErrors(errors);
  const marked = markRecurringLines(articles);
  const warnings = marked
    .filter((a) => !a.blocks.some((b) => b.kind === 'body'))
    .map((a) => `${a.source}: no paragraph was recognised as article text; it is listed but takes part in no comparison`);
  return { articles: marked, warnings };
}
