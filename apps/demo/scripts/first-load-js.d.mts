import type { Browser } from 'playwright-core';

/** One script a page loaded: its path on the server, its size and its gzip size in bytes. */
export interface LoadedScript {
  path: string;
  size: number;
  gzip: number;
}

export interface FirstLoad {
  path: string;
  scripts: LoadedScript[];
  size: number;
  gzip: number;
}

export const defaultPages: { path: string; ready: string }[];

export function measureFirstLoad(options: { browser: Browser; baseUrl: string; distDir: string; path: string; ready?: string; timeout?: number }): Promise<FirstLoad>;

export function kB(bytes: number): string;
