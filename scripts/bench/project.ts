// A throwaway copy of the project with another seeds/ folder, for building a generated corpus exactly as `npm run build`
// would, stage by stage, timed and with each stage's peak memory.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Generated or machine-local: never copied, so the copy builds from sources alone. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', '.scratch', 'generated', 'seeds', 'reports', '.cache']);

export function copyProject(root: string, seeds: { file: string; text: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-bench-'));
  for (const entry of readdirSync(root)) if (!NOT_COPIED.has(entry)) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'seeds'));
  for (const s of seeds) writeFileSync(join(dir, 'seeds', `${s.file}.txt`), s.text);
  return dir;
}

export interface StageRun {
  seconds: number;
  peakMiB: number;
  output: string;
}

/** Runs one stage in the copy; peak memory is the largest of every Node process it started. */
export function runStage(dir: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): StageRun {
  const log = join(dir, '.rss.log');
  rmSync(log, { force: true });
  const started = performance.now();
  const output = execFileSync(command, args, {
    cwd: dir,
    env: { ...process.env, ...env, NODE_OPTIONS: `--import=${join(dir, 'scripts/bench/rss.mjs')}`, WIRETRACE_RSS_LOG: log },
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString();
  const seconds = (performance.now() - started) / 1000;
  const peaks = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).map(Number) : [0];
  return { seconds, peakMiB: Math.max(...peaks) / 1024, output };
}

export interface FileSizes {
  total: number;
  files: number;
  largest: { path: string; bytes: number };
}

export function sizesOf(dir: string): FileSizes {
  let total = 0;
  let files = 0;
  let largest = { path: '', bytes: 0 };
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const bytes = statSync(path).size;
    total += bytes;
    files++;
    if (bytes > largest.bytes) largest = { path: relative(dir, path), bytes };
  }
  return { total, files, largest };
}
