import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listPages } from './support/site.ts';

// Every HTML file the build wrote, discovered from dist/ so new page types are validated without touching this file.
const pages = listPages();

// Configured here rather than in a .htmlvalidate.json so the validator never picks up stray config from disk. No rule is
// turned off: Astro's current output passes the preset as it is.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe('html-validate (html-validate:recommended) on every HTML file in dist/', () => {
  for (const page of pages) {
    it(page.path, async () => {
      const report = await validator.validateString(readFileSync(page.file, 'utf8'), page.file);
      const problems = report.results.flatMap((result) =>
        result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` [${m.selector}]` : ''}`),
      );
      expect(problems, `${page.path} has invalid HTML`).toEqual([]);
    });
  }
});
