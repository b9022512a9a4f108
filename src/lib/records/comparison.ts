// The records the comparison engine publishes (stories.json, comparisons.json). Each schema is the single
// definition of its record; the TypeScript types are inferred from it.
import { z } from 'astro/zod';
import { BlockKindSchema } from './blockKind.ts';

/** One run of a word-level diff. `style` marks a house-style difference (quotes, spelling...), never an edit. */
export const DiffSegmentSchema = z.object({
  op: z.enum(['equal', 'removed', 'added']),
  text: z.string(),
  style: z.boolean(),
});
export type DiffSegment = z.infer<typeof DiffSegmentSchema>;

/**
 * 'version': one text is a copy, trimmed, edited or updated version of the other; 'partial': a rewrite that takes a
 * substantial part of the other and adds its own; 'related': two reports that merely share some passages (only ever
 * compared on demand, by `npm run compare`).
 */
export const RELATIONS = ['version', 'partial', 'related'] as const;

/** A pair of one story's articles that the site compares: a version with its parent and with its reference. */
export const StoryLinkSchema = z.object({
  /** The older article (by publication date), or the parent or reference when dates do not tell; then the newer. */
  a: z.string(),
  b: z.string(),
  /** Share of the two bodies' words the alignment found in common: 2 × shared / (words of a + words of b). */
  similarity: z.number().min(0).max(1),
  relation: z.enum(RELATIONS),
  /** The larger of the two shares of text (by fingerprints, quotations weighing less) found in the other article. */
  strength: z.number().min(0).max(1),
  /** Text fingerprints the two bodies share (the field keeps its first name, from when they were 5-word shingles). */
  sharedShingles: z.number().int().nonnegative(),
});
export type StoryLink = z.infer<typeof StoryLinkSchema>;

/** One cross-outlet edit: a phrase replaced, cut or added, or (style: true) a house-style change. */
export const EditSchema = z.object({
  from: z.string(),
  to: z.string(),
  style: z.boolean(),
  /** How many times this exact change occurs. */
  count: z.number().int().positive(),
  /**
   * Only when a side alone would not read as a phrase (empty, or function words only: "+in", "his → a"): both
   * sides with the unchanged words around them ("his two-day" → "a two-day").
   */
  context: z.object({ from: z.string(), to: z.string() }).optional(),
});
export type Edit = z.infer<typeof EditSchema>;

/** A change found in a story, with the article pairs ([a, b]) whose comparison shows it. */
export const StoryEditSchema = EditSchema.extend({ pairs: z.array(z.tuple([z.string(), z.string()])) });
export type StoryEdit = z.infer<typeof StoryEditSchema>;

/** Another story that reports the same event in other words (relateStories.ts). */
export const EventLinkSchema = z.object({
  story: z.string(),
  strength: z.number().min(0).max(1),
  shared: z.array(z.string()),
});

export const DERIVATIONS = ['reference', 'copy', 'trimmed', 'update', 'edited', 'partial'] as const;

/** How one article of a story derives from the rest (stories/groupStories.ts). */
export const StoryMemberSchema = z.object({
  article: z.string(),
  /** The version it derives from most directly; null for the reference. */
  parent: z.string().nullable(),
  /**
   * reference: the fullest, earliest version; copy: the same text; trimmed: its parent's text cut short; update: a
   * later version by the same site (a write-through); edited: reworded, cut or added to; partial: a rewrite that
   * takes a substantial part of the story and adds its own.
   */
  derivation: z.enum(DERIVATIONS),
  /** Share of its text found in its parent (1 for the reference). */
  coverage: z.number().min(0).max(1),
});
export type StoryMember = z.infer<typeof StoryMemberSchema>;

/** An article of this story that shares text with an article of another story without deriving from it. */
export const RelatedLinkSchema = z.object({
  article: z.string(),
  other: z.string(),
  story: z.string(),
  /** Share of `article`'s text found in `other`. */
  share: z.number().min(0).max(1),
});

export const StorySchema = z.object({
  id: z.string(),
  /** Headline of the reference (else of the earliest article that has one). */
  title: z.string().nullable(),
  /** 'report': a source text and its derived versions; 'digest': one page made of passages of several reports (a member of none). */
  kind: z.enum(['report', 'digest']),
  /** Article ids in code-unit order. */
  articles: z.array(z.string()),
  /** The reference text: the fullest, earliest version. */
  reference: z.string(),
  /** Every article with its parent and derivation, in publication order. */
  members: z.array(StoryMemberSchema),
  /** The pairs compared (see StoryLinkSchema): linear in the number of versions, never every pair. */
  links: z.array(StoryLinkSchema),
  /** Articles of other stories that share some of this story's text (for a digest: each report it quotes). */
  related: z.array(RelatedLinkSchema),
  /** Articles joined by 'version' links: each group is one report as republished by several outlets. */
  versionGroups: z.array(z.array(z.string())),
  /** True when the story came from front-matter pins rather than (or as well as) shared text. */
  pinned: z.boolean(),
  /** Every wording change across the story's comparisons, most frequent first. */
  edits: z.array(StoryEditSchema),
  /** House-style changes across the story's comparisons, most frequent first. */
  styleChanges: z.array(StoryEditSchema),
  /** Body paragraphs that only one article of the story has (collation rows with a single cell). */
  exclusive: z.array(z.object({ article: z.string(), blocks: z.array(z.string()) })),
  /** Other stories that name the same people, places and organisations within days: the same event, other reports. */
  sameEvent: z.array(EventLinkSchema),
});
export type Story = z.infer<typeof StorySchema>;

export const ROW_KINDS = ['same', 'edited', 'moved', 'only-a', 'only-b'] as const;

/** One aligned passage of a comparison: blocks of `a` and of `b` that carry the same text. */
export const ComparisonRowSchema = z.object({
  /** same: no wording change (style changes allowed); edited: reworded in place; moved: out of order (may be reworded too). */
  kind: z.enum(ROW_KINDS),
  /** First block of `a` in the row, or null for only-b. */
  a: z.string().nullable(),
  b: z.string().nullable(),
  /** Every block of each side in the row: two when one outlet split a paragraph the other kept whole. */
  aBlocks: z.array(z.string()),
  bBlocks: z.array(z.string()),
  /** 0-based position of the row's first block in each article's block list: where a moved paragraph came from and went to. */
  aIndex: z.number().int().nonnegative().nullable(),
  bIndex: z.number().int().nonnegative().nullable(),
  /** Block kind (of `a`'s block, else `b`'s). Only 'body' rows count towards the measures. */
  blockKind: BlockKindSchema,
  counted: z.boolean(),
  /** True when the wording differs beyond style (an 'edited' row, or a 'moved' one that was also reworded). */
  changed: z.boolean(),
  /** True when the two texts differ too much to diff word by word: segments are then the whole of each side. */
  rewritten: z.boolean(),
  segments: z.array(DiffSegmentSchema),
});
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>;

export const WordCountsSchema = z.object({
  /** Body words of `a` found unchanged (or changed only in style) in `b`, in the same order. */
  kept: z.number().int().nonnegative(),
  /** Body words shared but in a paragraph that moved. */
  moved: z.number().int().nonnegative(),
  /** Words of `a` that `b` does not have (cut or replaced). */
  removed: z.number().int().nonnegative(),
  /** Words of `b` that `a` does not have. */
  added: z.number().int().nonnegative(),
});

/**
 * Which article's text became the other's: `from` was published first (basis `published`), or the story model
 * found that `to` derives from `from` (basis `derivation`). Null when neither tells, and always for related reports,
 * which are not edits of one another.
 */
export const DirectionSchema = z
  .object({ from: z.string(), to: z.string(), basis: z.enum(['published', 'derivation']) })
  .nullable();
export type Direction = z.infer<typeof DirectionSchema>;

export const ComparisonSchema = z.object({
  a: z.string(),
  b: z.string(),
  story: z.string(),
  similarity: z.number().min(0).max(1),
  relation: z.enum(RELATIONS),
  direction: DirectionSchema,
  /** Share of each side's body words found in the other: aInB is how much of `a` survives in `b`. */
  containment: z.object({ aInB: z.number().min(0).max(1), bInA: z.number().min(0).max(1) }),
  bodyWords: z.object({ a: z.number().int().nonnegative(), b: z.number().int().nonnegative() }),
  words: WordCountsSchema,
  rows: z.array(ComparisonRowSchema),
  /** Wording changes and (style: true) house-style changes in body paragraphs, in reading order, identical ones merged. */
  edits: z.array(EditSchema),
  /** Block ids of body paragraphs only one side has. */
  onlyA: z.array(z.string()),
  onlyB: z.array(z.string()),
  /** The style changes of `edits` again, listed apart. */
  styleChanges: z.array(EditSchema),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

export const CollationCellSchema = z
  .object({
    /** same: as the passage first appeared; edited: reworded; moved: out of the story's reading order. */
    state: z.enum(['same', 'edited', 'moved']),
    blocks: z.array(z.string()),
  })
  .nullable();
export type CollationCell = z.infer<typeof CollationCellSchema>;

export const CollationSchema = z.object({
  story: z.string(),
  /** Column order: the article each cell array position belongs to. */
  articles: z.array(z.string()),
  rows: z.array(
    z.object({
      /** The passage's text as the first article (in column order) that has it gives it. */
      text: z.string(),
      source: z.string(),
      sourceBlock: z.string(),
      /** One cell per article, in `articles` order; null where the article lacks the passage. */
      cells: z.array(CollationCellSchema),
    }),
  ),
});
export type Collation = z.infer<typeof CollationSchema>;
