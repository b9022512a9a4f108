// npm run build's last step: Pagefind's search index of dist/, written to dist/pagefind/ without the search UIs the
// site does not load. Pagefind ships three (the default UI, the modular UI, the component UI) and a highlighter;
// the search page uses the default UI only, and the other three weighed 0.3 MB in every deploy.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Parts of an article page that are not its own words: the parts of every comparison row other than the article's
 * text (the other version, row labels, absent markers, moved markers). The rest is marked data-pagefind-ignore where
 * it is written, once a page.
 */
export const EXCLUDE_SELECTORS = ['.rows .label', '.rows .side-b', '.rows .absent', '.rows .row--marker'];
/** Bundle files the site never loads. */
const UNUSED = /^pagefind-(?:component-ui|modular-ui|highlight)\./;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'dist');
const out = join(site, 'pagefind');

const { index, errors } = await createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
const { files, errors: writeErrors } = await index.getFiles();
if (writeErrors.length) throw new Error(`Pagefind could not build the index: ${writeErrors.join('; ')}`);
rmSync(out, { recursive: true, force: true });
for (const f of files) {
  if (UNUSED.test(f.path)) continue;
  mkdirSync(dirname(join(out, f.path)), { recursive: true });
  writeFileSync(join(out, f.path), f.content);
}
await close();
console.log(`wiretrace: indexed ${added.page_count} pages for search`);
