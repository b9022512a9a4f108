// The records do not depend on the order the seeds are listed or given in.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRecords } from '../../../src/lib/pipeline.ts';
import { readSeedFolder } from '../../../src/lib/seeds/loadSeeds.ts';
import { dec, enc, HANG_MS, hostileSeed, prng, realSeeds, runPipeline, type SeedFile } from './support.ts';

// The real seeds, a copy of one (so a story has three versions and ties between equal texts must be broken), and
// the hostile seed.
const donor = realSeeds.find((s) => s.file.includes('ndtv')) ?? realSeeds[0]!;
const seeds: SeedFile[] = [...realSeeds, { file: 'seeds/copy-of-ndtv.md', bytes: enc(dec(donor.bytes)) }, hostileSeed(dec(donor.bytes))];

function shuffled<T>(xs: T[], seed: number): T[] {
  const rand = prng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('seed order', () => {
  it('gives identical records for the seeds in any order', { timeout: HANG_MS }, () => {
    const json = JSON.stringify(runPipeline(seeds).records);
    for (const order of [[...seeds].reverse(), shuffled(seeds, 1), shuffled(seeds, 2)]) {
      expect(order.map((s) => s.file)).not.toEqual(seeds.map((s) => s.file));
      expect(JSON.stringify(runPipeline(order).records)).toBe(json);
    }
  });

  it('gives identical buildRecords JSON from seed folders written in opposite orders', { timeout: HANG_MS }, () => {
    const dirs = [seeds, [...seeds].reverse()].map((order) => {
      const dir = mkdtempSync(join(tmpdir(), 'wiretrace-order-'));
      mkdirSync(join(dir, 'seeds'));
      for (const s of order) writeFileSync(join(dir, s.file), s.bytes);
      return dir;
    });
    try {
      const [a, b] = dirs.map((d) => JSON.stringify(buildRecords(readSeedFolder(d)).records));
      expect(b).toBe(a);
      expect(JSON.parse(a!).articles.map((x: { source: string }) => x.source)).toEqual(seeds.map((s) => s.file).sort());
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });
});
