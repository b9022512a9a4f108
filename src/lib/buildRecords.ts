// The whole pipeline, seeds to validated records: what the build script writes and the reports are made from.
import type { Records } from './schema.ts';
import { RecordsSchema } from './schema.ts';
import { loadSeeds } from './loadSeeds.ts';
import { buildComparisons } from './buildComparisons.ts';
import { buildQuoteIndex } from './buildQuoteIndex.ts';

export interface BuiltRecords {
  records: Records;
  warnings: string[];
  /** Milliseconds spent in each stage. */
  timings: { parsing: number; comparing: number; quotations: number };
}

export function buildRecords(root: string): BuiltRecords {
  const t0 = performance.now();
  const { articles, warnings } = loadSeeds(root);
  const t1 = performance.now();
  const { stories, comparisons, collations } = buildComparisons(articles);
  const t2 = performance.now();
  const storyOf = new Map(stories.flatMap((s) => s.articles.map((id) => [id, s.id] as const)));
  const { quotes } = buildQuoteIndex(articles, (id) => storyOf.get(id)!);
  const t3 = performance.now();
  return {
    records: RecordsSchema.parse({ articles, stories, comparisons, collations, quotes }),
    warnings,
    timings: { parsing: t1 - t0, comparing: t2 - t1, quotations: t3 - t2 },
  };
}
