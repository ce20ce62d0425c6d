import type { ExtensionSession } from '../lib/browser';

/**
 * The worker presets the demo identity when it is installed; a page scanned before then would
 * own nothing, so callers wait for the preset first.
 */
export async function waitForDemoPreset(session: ExtensionSession): Promise<void> {
  for (let attempt = 0; attempt < 50 && !(await demoPresetDone(session)); attempt++) {
    await new Promise((done) => setTimeout(done, 100));
  }
}

async function demoPresetDone(session: ExtensionSession): Promise<boolean> {
  return session.worker.evaluate(
    () =>
      new Promise<boolean>((done) => {
        const open = indexedDB.open('svara');
        // No database yet: create none (an empty one would race the worker's own first open).
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => done(false);
        open.onsuccess = () => {
          try {
            const request = open.result
              .transaction('settings')
              .objectStore('settings')
              .get('settings');
            request.onsuccess = () => {
              open.result.close();
              done(
                (request.result as { value?: { demo?: boolean } } | undefined)?.value?.demo ===
                  true,
              );
            };
            request.onerror = () => done(false);
          } catch {
            open.result.close();
            done(false);
          }
        };
      }),
  );
}
