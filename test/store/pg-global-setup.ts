// vitest globalSetup: one throwaway PostgreSQL cluster for the whole run (about a second to start),
// handed to the test files with provide/inject; stopped when the run ends. If PostgreSQL is not
// installed, the tests receive the reason instead and skip with it (see pg-test.ts).
// NEWSGRAPH_TEST_PG_URL=postgres://… uses that server instead; NEWSGRAPH_TEST_PG_URL=off skips.
import type { TestProject } from 'vitest/node';
import { startCluster } from './pg-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** a server URL, or null with `pgSkipReason` set */
    pgUrl: string | null;
    pgSkipReason: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const external = process.env.NEWSGRAPH_TEST_PG_URL;
  if (external === 'off') {
    project.provide('pgUrl', null);
    project.provide('pgSkipReason', 'turned off with NEWSGRAPH_TEST_PG_URL=off');
    return () => undefined;
  }
  if (external) {
    project.provide('pgUrl', external);
    project.provide('pgSkipReason', '');
    return () => undefined;
  }
  const cluster = await startCluster({ fast: true });
  if (typeof cluster === 'string') {
    project.provide('pgUrl', null);
    project.provide('pgSkipReason', cluster);
    return () => undefined;
  }
  project.provide('pgUrl', cluster.url);
  project.provide('pgSkipReason', '');
  return () => cluster.stop();
}
