export type RunningServer = { origin: string; stop: () => void };
export function waitForUrl(url: string, options?: { timeoutMs?: number; isExited?: () => boolean }): Promise<void>;
export function startApp(options: {
  port: number;
  pgliteDir: string;
  keepData?: boolean;
  env?: Record<string, string>;
  quiet?: boolean;
}): Promise<RunningServer>;
export function startBlankApp(options: { port: number; quiet?: boolean }): Promise<RunningServer>;
export function requirePortFree(port: number): Promise<void>;
