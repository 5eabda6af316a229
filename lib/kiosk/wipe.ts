/**
 * Wipes what a browser may keep of a visit on a kiosk terminal: session and local storage,
 * IndexedDB databases and Cache Storage. Takes the global scope as a parameter so it can be tested
 * without a browser; every step is best effort (a missing API is skipped).
 */
type TStorageLike = { clear: () => void };
export type TWipeScope = {
  sessionStorage?: TStorageLike;
  localStorage?: TStorageLike;
  indexedDB?: { databases?: () => Promise<{ name?: string }[]>; deleteDatabase: (name: string) => unknown };
  caches?: { keys: () => Promise<string[]>; delete: (key: string) => Promise<boolean> };
};

export async function wipeBrowserStorage(scope: TWipeScope = globalThis as TWipeScope): Promise<void> {
  for (const storage of [scope.sessionStorage, scope.localStorage]) {
    try {
      storage?.clear();
    } catch {
      // Storage disabled by the terminal's policy: nothing to wipe.
    }
  }
  const { indexedDB, caches } = scope;
  await Promise.allSettled([
    (async () => {
      const databases = (await indexedDB?.databases?.()) ?? [];
      for (const { name } of databases) if (name) indexedDB?.deleteDatabase(name);
    })(),
    (async () => {
      for (const key of (await caches?.keys()) ?? []) await caches?.delete(key);
    })(),
  ]);
}
