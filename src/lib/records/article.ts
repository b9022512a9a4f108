// The records every other module trusts. Each schema is the single definition of its record:
// TypeScript types are inferred from it, and data is validated against it where it enters.
import { z } from 'astro/zod';
import { CollationSchema, ComparisonSchema, StorySchema } from './comparison.ts';
import { QuoteGroupSchema } from './quote.ts';
import { BlockKindSchema } from './blockKind.ts';

export { BLOCK_KINDS, BlockKindSchema, type BlockKind } from './blockKind.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
  .refine((s) => isRealDate(s), 'is not a date that exists');

export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d!));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m! - 1 && t.getUTCDate() === d;
}

const httpUrl = z
  .string()
  .url('must be a full web address such as https://example.com/story')
  .refine((s) => /^https?:\/\//i.test(s), 'must start with http:// or https://');

/** What a contributor may write in a seed's YAML front matter. Unknown keys are an error, so typos surface. */
export const FrontMatterSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
      .optional(),
    outlet: z.string().min(1).nullable().optional(),
    url: httpUrl.nullable().optional(),
    published: isoDate.nullable().optional(),
    agency: z.string().min(1).nullable().optional(),
    headline: z.string().min(1).nullable().optional(),
    author: z.string().min(1).nullable().optional(),
    dateline: z.string().min(1).nullable().optional(),
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as en or en-GB').optional(),
    syndicated: z.boolean().optional(),
    story: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
      .optional(),
    capture: z.string().min(1).optional(),
    captureSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits').optional(),
    /** Corrections to the classifier: seed-file line number → block kind. */
    kinds: z.record(z.string().regex(/^\d+$/, 'keys must be line numbers'), BlockKindSchema).optional(),
  })
  .strict();
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export const LinkSchema = z.object({ text: z.string(), url: z.string() });

export const BlockSchema = z.object({
  /** Stable within the article: derived from the block's own text, so it survives edits elsewhere. */
  id: z.string().regex(/^b-[0-9a-f]{6}(?:-\d+)?$/),
  kind: BlockKindSchema,
  /** Why the classifier chose the kind (or "front matter" for an override). */
  reason: z.string(),
  /** True when the seed's front matter (`kinds:`) set this block's kind: no rule may change it. */
  kindFromFrontMatter: z.boolean().optional(),
  /** Plain text: Markdown syntax removed. */
  text: z.string().min(1),
  sentences: z.array(z.string()),
  links: z.array(LinkSchema),
  /** 1-based line in the seed file where the block starts. */
  line: z.number().int().positive(),
  /** Every seed line the block was made from (more than one when a broken paragraph was rejoined). */
  lines: z.array(z.number().int().positive()).min(1),
  words: z.number().int().nonnegative(),
});
export type Block = z.infer<typeof BlockSchema>;

export const ArticleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  outlet: z.string().nullable(),
  headline: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  agency: z.string().nullable(),
  author: z.string().nullable(),
  dateline: z.string().nullable(),
  language: z.string(),
  /** Seed path relative to the repository root. */
  source: z.string(),
  /** Which metadata fields were read from front matter and which inferred from the text. */
  metadataSource: z.record(z.enum(['front-matter', 'text'])),
  storyPin: z.string().nullable(),
  words: z.number().int().nonnegative(),
  bodyWords: z.number().int().nonnegative(),
  blocks: z.array(BlockSchema).min(1),
});
export type Article = z.infer<typeof ArticleSchema>;

/** Everything the build script computes; the site and the published JSON are laid out from it. */
export const RecordsSchema = z.object({
  articles: z.array(ArticleSchema),
  stories: z.array(StorySchema),
  comparisons: z.array(ComparisonSchema),
  collations: z.array(CollationSchema),
  quotes: z.array(QuoteGroupSchema),
});
export type Records = z.infer<typeof RecordsSchema>;
