// The five original seeds, frozen under tests/fixtures/seeds/: unit tests that assert what these articles produce read
// this copy, so adding an article to seeds/ never breaks them.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArticles, readSeedFolder, type LoadedSeeds } from '../../src/lib/seeds/loadSeeds.ts';
import type { SeedFile } from '../../src/lib/pipeline.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The frozen seed files, named as if they stood in seeds/ (ids and `source` come out as they did). */
export function frozenSeedFiles(): SeedFile[] {
  return readSeedFolder(ROOT, 'tests/fixtures/seeds').map((f) => ({ ...f, file: `seeds/${basename(f.file)}` }));
}

export function frozenSeeds(): LoadedSeeds {
  return buildArticles(frozenSeedFiles());
}
