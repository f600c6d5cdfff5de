/** The IndexedDB database that keeps answers typed offline until they reach the server (decision 017). */
export const OFFLINE_DRAFTS_DB = 'next-steps-offline-drafts';
