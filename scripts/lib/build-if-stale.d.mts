export function distDir(): string;
export function isBuildStale(): boolean;
export function run(command: string, args: string[], env?: NodeJS.ProcessEnv): void;
export function bin(name: string): string;
export function buildIfStale(): void;
