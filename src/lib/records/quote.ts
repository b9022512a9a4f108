// The shared-quote index (in dist/api/stories/<id>.json and, without occurrences, dist/api/quotes/<n>.json): who said
// what, and which outlets carry it how.
import { z } from 'astro/zod';
import { DiffSegmentSchema } from './comparison.ts';

/**
 * `statement` and `fragment` are direct quotations (the speaker's words in quote marks); `reported` is reported speech,
 * the writer's rendering of what was said ("X said (that) …", "according to X, …"), no quote marks around it.
 */
export const QUOTE_KINDS = ['statement', 'fragment', 'reported'] as const;
export const QuoteKindSchema = z.enum(QUOTE_KINDS);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

/** What kind of speaker: a person, an organisation (a government, agency, company, or its spokesperson), a group of people. */
export const SPEAKER_TYPES = ['person', 'organisation', 'group', 'unknown'] as const;
export const SpeakerTypeSchema = z.enum(SPEAKER_TYPES);
export type SpeakerType = z.infer<typeof SpeakerTypeSchema>;

/**
 * How the speaker was found: `attribution` (the words around this quotation name the speaker, a pronoun included),
 * `carried` (an unattributed quotation paragraph continuing the speaker of the quotation or statement before it),
 * `echo` (a headline or standfirst repeating words the body attributes), `context` (nothing attributes the quotation;
 * the one person its sentence or the one before names, who speaks elsewhere in the article, is taken for its speaker),
 * `subject` (nothing attributes the quoted words; the person or organisation opening their sentence as its subject is
 * taken for their speaker).
 */
export const SPEAKER_VIAS = ['attribution', 'carried', 'echo', 'context', 'subject'] as const;
export const SpeakerViaSchema = z.enum(SPEAKER_VIAS);
export type SpeakerVia = z.infer<typeof SpeakerViaSchema>;

/** How an occurrence (or, for a group, its loosest occurrence) matches the group's canonical wording. */
export const QUOTE_MATCHES = ['exact', 'variant', 'contained', 'translation'] as const;
export const QuoteMatchSchema = z.enum(QUOTE_MATCHES);
export type QuoteMatch = z.infer<typeof QuoteMatchSchema>;

/** One stretch of quoted text inside one block, quote marks excluded. */
export const QuotePartSchema = z.object({
  block: z.string(),
  /** Seed line where the block starts. */
  line: z.number().int().positive(),
  /** Character offsets in the block's `text`: `text.slice(start, end)` is the part. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type QuotePart = z.infer<typeof QuotePartSchema>;

export const QuoteOccurrenceSchema = z.object({
  article: z.string(),
  /** Block id of the first part. */
  block: z.string(),
  line: z.number().int().positive(),
  /** The quoted words as this article prints them; parts of an interrupted or multi-paragraph quotation joined by a space. */
  text: z.string(),
  /** Span of the first part in its block's text (quote marks excluded). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Present when the quotation is interrupted by its attribution or runs over several paragraphs. */
  parts: z.array(QuotePartSchema).min(2).optional(),
  kind: QuoteKindSchema,
  /** Canonical speaker as resolved in this article, or null when the text does not say. */
  speaker: z.string().nullable(),
  /** The words that name the speaker ("he", "the Russian leader", "Mr Xi"), or null; for a carried speaker, the words of the attribution it was carried from. */
  speakerMention: z.string().nullable(),
  speakerType: SpeakerTypeSchema,
  /**
   * Present (true) when the text describes the speaker without naming them ("an eyewitness", "one of the children",
   * "Russian officials"): `speaker` is then the description, which stands for nobody beyond this article's story.
   */
  speakerDescribed: z.literal(true).optional(),
  /** Null when the speaker is unknown. */
  speakerVia: SpeakerViaSchema.nullable(),
  /** How this occurrence matches the group's canonical wording ('translation' never appears here: see the group). */
  match: z.enum(['exact', 'variant', 'contained']),
  /** Word diff from the canonical wording to this occurrence; present for variants. */
  diff: z.array(DiffSegmentSchema).optional(),
  /** True when a quote mark was never closed: the quotation was cut at the end of its paragraph. */
  unbalanced: z.boolean(),
});
export type QuoteOccurrence = z.infer<typeof QuoteOccurrenceSchema>;

export const QuoteGroupSchema = z.object({
  /**
   * "q-" and 10 hex digits of a hash of speaker and normalised wording, stable across builds and independent of the
   * story clustering; "-2", "-3"... when groups hash alike, in the order of their first occurrence.
   */
  id: z.string().regex(/^q-[0-9a-f]{10}(-[1-9][0-9]*)?$/),
  /** Story of the first occurrence (article id order). */
  story: z.string(),
  /** Every story the group's occurrences come from, in code-unit order: one quotation may be carried by several. */
  stories: z.array(z.string()).min(1),
  speaker: z.string().nullable(),
  speakerType: SpeakerTypeSchema,
  /** As on an occurrence: the speaker is described, not named. */
  speakerDescribed: z.literal(true).optional(),
  /** Canonical wording: the longest form, as most outlets print it. */
  text: z.string(),
  kind: QuoteKindSchema,
  /** The loosest relation among the occurrences (exact < variant < contained), or 'translation' for a likely other rendering of another group's remark. */
  match: QuoteMatchSchema,
  /** For a translation group: the group whose remark it likely renders differently, and how sure that is (0–1). */
  translationOf: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
  /** Distinct article ids carrying the quotation, in code-unit order. */
  articles: z.array(z.string()),
  /** Distinct outlets (the article id stands in for an unknown outlet). */
  outlets: z.array(z.string()),
  occurrences: z.array(QuoteOccurrenceSchema).min(1),
});
export type QuoteGroup = z.infer<typeof QuoteGroupSchema>;

export const QuoteIndexSchema = z.object({
  quotes: z.array(QuoteGroupSchema),
});
export type QuoteIndex = z.infer<typeof QuoteIndexSchema>;
