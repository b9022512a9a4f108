import { describe, expect, it } from 'vitest';
import { locateEdits } from '../../../src/lib/compare/editSummary.ts';
import { editDirection } from '../../../src/lib/compare/editDirection.ts';
import type { ComparisonRow, DiffSegment } from '../../../src/lib/records/comparison.ts';

const seg = (op: DiffSegment['op'], text: string, style = false): DiffSegment => ({ op, text, style });
const row = (segments: DiffSegment[]): ComparisonRow => ({
  kind: 'edited',
  a: 'b-000001',
  b: 'b-000001',
  aBlocks: ['b-000001'],
  bBlocks: ['b-000001'],
  aIndex: 0,
  bIndex: 0,
  blockKind: 'body',
  counted: true,
  changed: true,
  rewritten: false,
  segments,
});

describe('locateEdits', () => {
  it('joins changes a word or two apart into one phrase, and says which rows show it', () => {
    const r = row([seg('equal', 'He spoke '), seg('removed', 'an interview in '), seg('added', 'a '), seg('equal', 'Moscow'), seg('added', ' interview'), seg('equal', ', which ran.')]);
    expect(locateEdits([row([seg('equal', 'Nothing here.')]), r])).toEqual([
      { from: 'an interview in Moscow', to: 'a Moscow interview', style: false, count: 1, rows: [1] },
    ]);
  });

  it('keeps changes in different clauses apart', () => {
    const r = row([seg('removed', 'war'), seg('added', 'crisis'), seg('equal', '. Then '), seg('removed', 'talks'), seg('added', 'meetings'), seg('equal', ' began.')]);
    expect(locateEdits([r]).map((e) => `${e.from} → ${e.to}`)).toEqual(['war → crisis', 'talks → meetings']);
  });

  it('gives a side of function words only its neighbours as context', () => {
    const r = row([seg('equal', 'The visit, '), seg('added', 'in '), seg('equal', 'all of it, ended.')]);
    expect(locateEdits([r])).toEqual([
      { from: '', to: 'in', style: false, count: 1, rows: [0], context: { from: 'visit, all', to: 'visit, in all' } },
    ]);
  });

  it('puts changes of punctuation or quote glyphs alone with the style changes', () => {
    const r = row([seg('equal', 'stability'), seg('removed', ',” '), seg('added', '”, '), seg('equal', 'according to CCTV'), seg('removed', '"'), seg('added', '“'), seg('equal', 'yes.')]);
    expect(locateEdits([r]).map((e) => e.style)).toEqual([true, true]);
  });

  it('counts a change once per occurrence and lists each row once', () => {
    const r = row([seg('removed', 'war'), seg('added', 'crisis'), seg('equal', ' and more of the '), seg('removed', 'war'), seg('added', 'crisis'), seg('equal', ' went on.')]);
    expect(locateEdits([r, r])).toEqual([{ from: 'war', to: 'crisis', style: false, count: 4, rows: [0, 1] }]);
  });
});

describe('editDirection', () => {
  const a = { id: 'a', published: '2024-05-16' };
  const b = { id: 'b', published: '2024-05-15' };
  it('reads the direction from publication dates, not from ids', () => {
    expect(editDirection(a, b, 'version')).toEqual({ from: 'b', to: 'a', basis: 'published' });
  });
  it('says nothing when a date is missing or the dates are the same day', () => {
    expect(editDirection(a, { id: 'b', published: null }, 'version')).toBeNull();
    expect(editDirection(a, { ...b, published: a.published }, 'version')).toBeNull();
  });
  it('takes a derivation the story model found over the dates', () => {
    expect(editDirection(a, b, 'version', { from: 'a', to: 'b', basis: 'derivation' })).toEqual({ from: 'a', to: 'b', basis: 'derivation' });
  });
  it('never calls a related report an edit of another', () => {
    expect(editDirection(a, b, 'related')).toBeNull();
    expect(editDirection(a, b, 'related', { from: 'a', to: 'b', basis: 'derivation' })).toBeNull();
  });
});
