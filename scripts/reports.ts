// Writes the Markdown reports under reports/ (committed, so pull requests show how a change moves the comparison).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentRecords } from './dataset.ts';
import { allReports } from '../src/lib/output/reports.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'reports');
const files = allReports(currentRecords(root));
mkdirSync(dir, { recursive: true });
// Reports of stories that no longer exist are removed, so the folder always matches the seeds.
for (const old of readdirSync(dir)) if (old.endsWith('.md') && !files.has(old)) rmSync(join(dir, old));
for (const [name, content] of files) writeFileSync(join(dir, name), content);
console.log(`wiretrace: wrote ${files.size} reports to reports/`);
