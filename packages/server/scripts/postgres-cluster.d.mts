/** What the tests learn of the cluster (serialisable: it crosses from vitest's global setup to the test workers). */
export interface PostgresClusterInfo {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  port: number;
  binDir: string;
  baseDir: string;
  dataDir: string;
  logFile: string;
  /** The user PostgreSQL runs as, when the tests run as root. */
  uid?: number;
  gid?: number;
}

export interface PostgresCluster {
  info: PostgresClusterInfo;
  startServer(): void;
  stopServer(mode?: 'smart' | 'fast' | 'immediate'): void;
  /** Stops the server and removes the cluster. */
  stop(): void;
}

export function findPostgresBin(): string;
export function runPostgresTool(
  info: PostgresClusterInfo,
  tool: string,
  args: string[],
  options?: { allowFailure?: boolean; timeoutMs?: number },
): { status: number | null; stdout: string; stderr: string };
export function startPostgresCluster(options?: { durable?: boolean }): Promise<PostgresCluster>;
