// What a line of a capture is: the article's text (body) or one of the kinds of page furniture around it.
import { z } from 'astro/zod';

export const BLOCK_KINDS = [
  'headline',
  'standfirst',
  'byline',
  'dateline',
  'caption',
  'body',
  'subhead',
  'related',
  'promo',
  'boilerplate',
  'note',
  'meta',
] as const;
export const BlockKindSchema = z.enum(BLOCK_KINDS);
export type BlockKind = z.infer<typeof BlockKindSchema>;
