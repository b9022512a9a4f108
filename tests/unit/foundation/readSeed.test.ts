import { describe, expect, it } from 'vitest';
import { readSeed, MAX_SEED_BYTES } from '../../../src/lib/seeds/readSeed.ts';
import { SeedError } from '../../../src/lib/seeds/seedError.ts';

const enc = (s: string) => new TextEncoder().encode(s);

function failure(file: string, bytes: Uint8Array): SeedError {
  try {
    readSeed(file, bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(SeedError);
    return e as SeedError;
  }
  throw new Error('expected the seed to be refused');
}

describe('readSeed', () => {
  it('reads front matter and keeps the body exactly as written, with its first line number', () => {
    const s = readSeed('seeds/x.md', enc('---\noutlet: Example News\npublished: 2024-05-15\n---\n\nFirst line.\nSecond line.'));
    expect(s.id).toBe('x');
    expect(s.frontMatter).toEqual({ outlet: 'Example News', published: '2024-05-15' });
    expect(s.body).toBe('\nFirst line.\nSecond line.');
    expect(s.bodyStartLine).toBe(5);
    expect(s.keyLines).toEqual({ outlet: 2, published: 3 });
  });

  it('accepts a plain text file without front matter', () => {
    const s = readSeed('seeds/Some Story (copy).txt', enc('Just text.\n'));
    expect(s.id).toBe('some-story-copy');
    expect(s.frontMatter).toEqual({});
    expect(s.bodyStartLine).toBe(1);
  });

  it('strips a UTF-8 byte-order mark and reads CRLF and CR line endings as single breaks', () => {
    const s = readSeed('seeds/bom.md', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('---\r\noutlet: A\r\n---\r\nOne.\r\nTwo.\rThree.')]));
    expect(s.frontMatter.outlet).toBe('A');
    expect(s.body).toBe('One.\nTwo.\nThree.');
    expect(s.bodyStartLine).toBe(4);
  });

  it('refuses invalid YAML with the line of the error', () => {
    const e = failure('seeds/bad.md', enc('---\noutlet: A\nurl: [unclosed\n---\nText.'));
    expect(e.message).toMatch(/^seeds\/bad\.md:\d+: the front matter is not valid YAML/);
    expect(e.line).toBeGreaterThanOrEqual(3);
    expect(e.fix).toMatch(/name: value/);
  });

  it('refuses a field of the wrong type, naming the field and its line', () => {
    const e = failure('seeds/t.md', enc('---\noutlet: A\nsyndicated: "yes"\n---\nText.'));
    expect(e.line).toBe(3);
    expect(e.problem).toMatch(/`syndicated`/);
    expect(e.problem).toMatch(/expected boolean/);
  });

  it('refuses a date that does not exist instead of rolling it over', () => {
    const e = failure('seeds/d.md', enc('---\npublished: 2024-02-30\n---\nText.'));
    expect(e.line).toBe(2);
    expect(e.problem).toMatch(/not a date that exists/);
  });

  it('refuses a url that is not a web address', () => {
    const e = failure('seeds/u.md', enc('---\noutlet: A\nurl: javascript:alert(1)\n---\nText.'));
    expect(e.line).toBe(3);
    expect(e.problem).toMatch(/url/);
  });

  it('refuses an unknown field, listing the known ones', () => {
    const e = failure('seeds/k.md', enc('---\noutlett: A\n---\nText.'));
    expect(e.problem).toBe('unknown front-matter field `outlett`');
    expect(e.fix).toMatch(/outlet, url, published/);
  });

  it('refuses front matter that is never closed', () => {
    const e = failure('seeds/o.md', enc('---\noutlet: A\nText.'));
    expect(e.line).toBe(1);
    expect(e.problem).toMatch(/never closed/);
  });

  it('refuses an empty body', () => {
    const e = failure('seeds/e.md', enc('---\noutlet: A\n---\n\n  \n'));
    expect(e.problem).toBe('the article text is empty');
    expect(e.line).toBe(4);
  });

  it('refuses bytes that are not UTF-8, naming the line', () => {
    const bytes = new Uint8Array([...enc('Line one.\nLine two caf'), 0xe9, ...enc('.\n')]);
    const e = failure('seeds/latin1.txt', bytes);
    expect(e.line).toBe(2);
    expect(e.problem).toMatch(/0xe9\) is not valid UTF-8/);
  });

  it('refuses a binary file', () => {
    const e = failure('seeds/image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(e.problem).toMatch(/binary/);
  });

  it('refuses a file over the size limit', () => {
    const e = failure('seeds/huge.txt', new Uint8Array(MAX_SEED_BYTES + 1).fill(0x61));
    expect(e.problem).toMatch(/over the 2097152-byte limit/);
  });

  it('refuses a file with another extension', () => {
    const e = failure('seeds/notes.docx', enc('Text.'));
    expect(e.fix).toMatch(/\.md or \.txt/);
  });
});
