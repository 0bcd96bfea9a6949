// Starts one throw-away PostgreSQL server for the test run (scripts/postgres-cluster.mjs) and
// hands its address to the tests. When PostgreSQL is missing or won't start, the tests on it
// fail with the reason — they are never skipped.
import type { TestProject } from 'vitest/node';
import type { PostgresClusterInfo } from './scripts/postgres-cluster.mjs';
import { startPostgresCluster } from './scripts/postgres-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresClusterInfo | { error: string };
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  try {
    const cluster = await startPostgresCluster();
    project.provide('postgres', cluster.info);
    return () => cluster.stop();
  } catch (error) {
    project.provide('postgres', { error: error instanceof Error ? error.message : String(error) });
    return () => undefined;
  }
}
