// Preloaded into every Node process a benchmark starts (NODE_OPTIONS=--import): appends the process's peak resident
// memory to the file WIRETRACE_RSS_LOG names, so a stage run through npm, tsx or astro reports its own peak.
import { appendFileSync } from 'node:fs';

const log = process.env.WIRETRACE_RSS_LOG;
if (log) process.on('exit', () => appendFileSync(log, `${process.resourceUsage().maxRSS}\n`));
