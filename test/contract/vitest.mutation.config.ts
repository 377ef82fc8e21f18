// The test config of `npm run test:mutation`: the project's config plus a setup file that shifts the
// contract writer's offsets (writer-mutation.setup.ts). Not used by `npm test`.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default mergeConfig(base, defineConfig({ root, test: { setupFiles: ['test/contract/writer-mutation.setup.ts'] } }));
