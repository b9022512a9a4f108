// @ts-check
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const seeds = fileURLToPath(new URL('./seeds/', import.meta.url));

/**
 * `npm run dev` rebuilds the records when a seed is added, changed or removed, then reloads the page: the pages read
 * src/generated/records.json through a module-level cache, so every module is invalidated first.
 * @returns {import('astro').AstroIntegration}
 */
function rebuildRecordsOnSeedChange() {
  return {
    name: 'wiretrace:seeds',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(seeds);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(seeds)) return;
          execFile(process.execPath, ['--import', 'tsx', 'scripts/build-records.ts'], { cwd: root }, (error, stdout, stderr) => {
            if (error) {
              logger.error(stderr || String(error));
              return;
            }
            logger.info(stdout.trim().split('\n')[0] ?? 'records rebuilt');
            server.moduleGraph.invalidateAll();
            server.ws.send({ type: 'full-reload' });
          });
        });
      },
    },
  };
}

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scoped styles by class rather than a data attribute on every element: a comparison page has hundreds of elements,
  // and the attribute was a quarter of its weight.
  scopedStyleStrategy: 'class',
  devToolbar: { enabled: false },
  integrations: [rebuildRecordsOnSeedChange()],
});
