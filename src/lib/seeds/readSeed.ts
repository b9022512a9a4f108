// Turns the bytes of one seed file into its front matter and body text, or a SeedError that says
// exactly what is wrong. Nothing here guesses: a seed is either understood or refused.
import matter from 'gray-matter';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { FrontMatterSchema, type FrontMatter } from '../records/article.ts';
import { SeedError } from './seedError.ts';

/** Larger seeds are refused: no captured article comes near it, and it bounds the work one file can cause. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;
export const SEED_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

export interface SeedText {
  file: string;
  id: string;
  frontMatter: FrontMatter;
  /** Body with line endings normalised to \n; otherwise exactly the captured text. */
  body: string;
  /** Seed-file line number of the body's first line. */
  bodyStartLine: number;
  /** 1-based line of each front-matter key, for messages and overrides. */
  keyLines: Record<string, number>;
}

export function readSeed(file: string, bytes: Uint8Array): SeedText {
  if (bytes.length > MAX_SEED_BYTES) {
    throw new SeedError(
      file,
      1,
      `the file is ${bytes.length} bytes, over the ${MAX_SEED_BYTES}-byte limit for a seed`,
      'a seed holds one article; split the file or remove what is not the article',
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new SeedError(
      file,
      lineAtByte(bytes, nul),
      'the file contains a NUL byte, so it is binary, not text',
      'save the article as plain UTF-8 text (.md or .txt)',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new SeedError(
      file,
      lineAtByte(bytes, bad),
      `byte ${bad} (0x${bytes[bad]!.toString(16).padStart(2, '0')}) is not valid UTF-8`,
      'convert the file to UTF-8 (for example `iconv -f windows-1252 -t utf-8`)',
    );
  }
  // Windows (CRLF) and old Mac (CR) endings count as one line break each, so line numbers match an editor's.
  text = text.replace(/\r\n?/g, '\n');
  const base = file.split('/').pop()!;
  const ext = SEED_EXTENSIONS.find((e) => base.toLowerCase().endsWith(e));
  if (!ext) {
    throw new SeedError(
      file,
      1,
      'the file name does not end in .md, .markdown or .txt',
      'rename the seed to end in .md or .txt, or move the file out of seeds/',
    );
  }

  const { frontMatter, body, bodyStartLine, keyLines } = splitFrontMatter(file, text);
  if (body.trim() === '') {
    throw new SeedError(
      file,
      bodyStartLine,
      'the article text is empty',
      'paste the captured article text below the front matter',
    );
  }
  const id = frontMatter.id ?? slugify(base.slice(0, -ext.length));
  if (!id) {
    throw new SeedError(file, 1, 'no article id can be made from the file name', 'give the file a name with letters or digits, or set `id:` in the front matter');
  }
  return { file, id, frontMatter, body, bodyStartLine, keyLines };
}

function splitFrontMatter(file: string, text: string) {
  const hasFrontMatter = /^---[ \t]*\n/.test(text);
  if (!hasFrontMatter) {
    return { frontMatter: {} as FrontMatter, body: text, bodyStartLine: 1, keyLines: {} };
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    throw new SeedError(
      file,
      1,
      'the front matter opened with `---` on line 1 is never closed',
      'add a line with only `---` after the last metadata field',
    );
  }
  let yamlError: SeedError | null = null;
  const parsed = matter(text, {
    engines: {
      yaml: (source: string) => {
        try {
          // The core schema keeps dates as strings, so 2024-02-30 is refused instead of becoming 1 March.
          return parseYaml(source, { schema: 'core' }) ?? {};
        } catch (e) {
          const line = e instanceof YAMLParseError && e.linePos ? e.linePos[0].line + 1 : 2;
          yamlError = new SeedError(
            file,
            line,
            `the front matter is not valid YAML: ${String((e as Error).message).split('\n')[0]}`,
            'write each field as `name: value` on its own line; quote values that contain `:` or start with a symbol',
          );
          return {};
        }
      },
    },
  });
  if (yamlError) throw yamlError;
  const matterText: string = parsed.matter;
  const keyLines: Record<string, number> = {};
  matterText.split('\n').forEach((l, i) => {
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(l);
    if (m) keyLines[m[1]!] ??= i + 1; // line 1 of the file is the opening `---`
  });
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new SeedError(file, 2, 'the front matter is not a list of `name: value` fields', 'write each field as `name: value` on its own line');
  }
  const result = FrontMatterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? '');
    const value = key in data ? JSON.stringify((data as Record<string, unknown>)[key]) : '';
    const problem =
      issue.code === 'unrecognized_keys'
        ? `unknown front-matter field \`${key}\``
        : `\`${issue.path.join('.')}\`${value ? ` (${value})` : ''} ${issue.message.replace(/^Expected/, 'expected')}`;
    throw new SeedError(
      file,
      keyLines[key] ?? 1,
      problem,
      issue.code === 'unrecognized_keys'
        ? `remove it or use one of: ${Object.keys(FrontMatterSchema.shape).join(', ')}`
        : `correct the value of \`${key}\` (see "Front matter" in README.md), or remove the field`,
    );
  }
  const body = parsed.content as string;
  const bodyStartLine = text.slice(0, text.length - body.length).split('\n').length;
  return { frontMatter: result.data, body, bodyStartLine, keyLines };
}

export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Grow a prefix by whole lines, then narrow down inside the failing line: cheap and exact.
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    end = end === -1 ? bytes.length : end + 1;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      for (let i = start; i < end; i++) {
        try {
          decoder.decode(bytes.subarray(start, i + 1), { stream: false });
        } catch {
          // The prefix up to i fails either because i is bad or because a sequence is still open at i.
          if (!isOpenSequencePrefix(bytes.subarray(start, i + 1))) return sequenceStart(bytes, i);
        }
      }
      return end - 1;
    }
    start = end;
  }
  return 0;
}

/** The lead byte of the multi-byte sequence that byte `i` broke, so the message points at the real culprit. */
function sequenceStart(bytes: Uint8Array, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if ((bytes[k]! & 0xc0) === 0xc0) return k;
    if ((bytes[k]! & 0xc0) !== 0x80) break;
  }
  return i;
}

function isOpenSequencePrefix(chunk: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
    return true;
  } catch {
    return false;
  }
}
