import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/text/sentences.ts';
import { words } from '../../../src/lib/text/tokens.ts';
import { markdownLines } from '../../../src/lib/seeds/markdownLines.ts';
import { isoDate, splitByline } from '../../../src/lib/seeds/inferMetadata.ts';
import { styleKey, normalizePunctuation } from '../../../src/lib/text/normalizeStyle.ts';

describe('splitSentences', () => {
  it('does not break after titles, initials, month abbreviations or U.S.-style acronyms inside a sentence', () => {
    expect(splitSentences('Mr. Xi met Mr. Putin in the U.S. capital. Talks ended on Feb. 3 in Washington. George W. Bush spoke at 9 a.m. on Friday.')).toEqual([
      'Mr. Xi met Mr. Putin in the U.S. capital.',
      'Talks ended on Feb. 3 in Washington.',
      'George W. Bush spoke at 9 a.m. on Friday.',
    ]);
  });
  it('ends a sentence before one that opens with a number, but not after an abbreviation before a number', () => {
    expect(splitSentences('Puri said 18 people died. 149 of the survivors are in hospital.')).toEqual(['Puri said 18 people died.', '149 of the survivors are in hospital.']);
    expect(splitSentences('He lives at No. 5 and earns approx. 200 dollars. On Sept. 11 it rained, § 5 Abs. 3 says so.')).toEqual([
      'He lives at No. 5 and earns approx. 200 dollars.',
      'On Sept. 11 it rained, § 5 Abs. 3 says so.',
    ]);
  });
  it('keeps a German day’s ordinal with its month ("am 15. März"), and ends a sentence after a bare number', () => {
    expect(splitSentences('Am Sonntag, 15. März 2020, sprach Hans. Er kam am 3. Dann ging er.', 'de')).toEqual([
      'Am Sonntag, 15. März 2020, sprach Hans.',
      'Er kam am 3.',
      'Dann ging er.',
    ]);
  });
  it('still ends a sentence at an acronym followed by a new sentence', () => {
    expect(splitSentences('He flew to the U.S. The trip was short.')).toEqual(['He flew to the U.S.', 'The trip was short.']);
    expect(splitSentences('Talks began at 10 a.m. Police said more.')).toEqual(['Talks began at 10 a.m.', 'Police said more.']);
  });
  it('goes on after a capitals acronym before a capitalised word that is no function word ("U.S. Attorney Josh Bash")', () => {
    expect(splitSentences('According to U.S. Attorney Josh Bash, the case is strong. U.N. Secretary-General Guterres agreed.')).toEqual([
      'According to U.S. Attorney Josh Bash, the case is strong.',
      'U.N. Secretary-General Guterres agreed.',
    ]);
  });
  it('keeps quoted sentences with their closing quote', () => {
    expect(splitSentences('“We are grateful,” he said. “Thank you.”')).toEqual(['“We are grateful,” he said.', '“Thank you.”']);
  });
});

describe('words', () => {
  it('keeps apostrophes and hyphens inside words', () => {
    expect(words('Putin’s re-election, a 12-point plan — don\'t.')).toEqual(['Putin’s', 're-election', 'a', '12-point', 'plan', "don't"]);
  });
});

describe('markdownLines', () => {
  it('gives one entry per source line with Markdown removed, even without blank lines between paragraphs', () => {
    const lines = markdownLines('First **bold** line.\nSecond [link](https://e.com) line.\n\n    Indented line.\n<https://e.com/x>');
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'First bold line.'],
      [2, 'Second link line.'],
      [4, 'Indented line.'],
      [5, 'https://e.com/x'],
    ]);
    expect(lines[1]!.links).toEqual([{ text: 'link', url: 'https://e.com' }]);
  });
  it('shows raw HTML as text, never as markup', () => {
    expect(markdownLines('Hello <script>alert(1)</script> there.')[0]!.text).toBe('Hello <script>alert(1)</script> there.');
  });
});

describe('isoDate', () => {
  it('reads month-first, day-first and ISO dates, and refuses ambiguous or impossible ones', () => {
    expect(isoDate('May 15, 2024')).toBe('2024-05-15');
    expect(isoDate('Published 3 Sept. 2023 10:31 BST')).toBe('2023-09-03');
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    expect(isoDate('Feb 30, 2024')).toBeNull();
    expect(isoDate('05/06/2024')).toBeNull();
  });
  it('reads a slashed date when both orders agree or one cannot be a month, a dotted one day-first, and French and German months', () => {
    expect(isoDate('Published on 03/03/2025 - 18:47')).toBe('2025-03-03');
    expect(isoDate('19/03/2025')).toBe('2025-03-19');
    expect(isoDate('03/19/2025')).toBe('2025-03-19');
    expect(isoDate('04.03.2025, 16:30 Uhr')).toBe('2025-03-04');
    expect(isoDate('5. März 2025')).toBe('2025-03-05');
    expect(isoDate('1er mars 2025')).toBe('2025-03-01');
    expect(isoDate('14 juillet 2024')).toBe('2024-07-14');
    expect(isoDate('31.02.2025')).toBeNull();
  });
});

describe('splitByline', () => {
  it('separates the authors from the agency or role a byline ends with', () => {
    expect(splitByline('Claire Fontaine and Tom Whitfield, Reuters')).toEqual({ author: 'Claire Fontaine and Tom Whitfield', agency: 'Reuters' });
    expect(splitByline('Jane Doe | Associated Press')).toEqual({ author: 'Jane Doe', agency: 'Associated Press' });
    expect(splitByline('Rhian Morgan, Mid Wales reporter')).toEqual({ author: 'Rhian Morgan', agency: null });
    expect(splitByline('Jane Doe, John Roe and Max Moe')).toEqual({ author: 'Jane Doe, John Roe and Max Moe', agency: null });
    expect(splitByline('AFP')).toEqual({ author: null, agency: 'AFP' });
  });
});

describe('styleKey', () => {
  it('equates British and American spellings, quote styles and number formats', () => {
    for (const [a, b] of [['stabilise', 'stabilize'], ['neighbours', 'neighbors'], ['behaviour', 'behavior'], ['centre', 'center'], ['travelled', 'traveled'], ['defence', 'defense'], ['Putin’s', "Putin's"], ['1,000', '1000'], ['per cent', 'percent'].map((x) => x.replace(' ', ''))]) {
      expect(styleKey(a!), `${a} ~ ${b}`).toBe(styleKey(b!));
    }
  });
  it('keeps different words apart', () => {
    for (const [a, b] of [['war', 'crisis'], ['invasion', 'assault'], ['rise', 'rose'], ['hour', 'her'], ['four', 'for']]) expect(styleKey(a!)).not.toBe(styleKey(b!));
  });
  it('folds typography', () => {
    expect(normalizePunctuation('“Yes” — it’s\u00a0here')).toBe('"Yes" - it\'s here');
  });
});
