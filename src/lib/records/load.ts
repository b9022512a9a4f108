// The site's single entry point to the build script's output: read once, validated, then trusted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordsSchema, type Records } from './article.ts';

export const RECORDS_PATH = 'src/generated/records.json';
let cached: Records | null = null;

export function loadRecords(root = process.cwd()): Records {
  if (!cached) {
    let raw: string;
    try {
      raw = readFileSync(join(root, RECORDS_PATH), 'utf8');
    } catch {
      throw new Error(`${RECORDS_PATH} is missing: run \`npm run records\` (npm run build and npm run dev do it for you)`);
    }
    cached = RecordsSchema.parse(JSON.parse(raw));
  }
  return cached;
}
