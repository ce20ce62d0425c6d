import { browser } from 'wxt/browser';
import { loadUnderstandingModels, MODEL_FILES } from '../understand/models';
import type { UnderstandingModels } from '../understand/understand';

/**
 * The understanding models shipped in the package (public/model/), fetched from the extension's
 * own files on first use and kept for the life of the context. Not bundled into scripts: the
 * service worker starts often and need not parse 4 MB of weights to answer a popup.
 */
let pending: Promise<UnderstandingModels> | undefined;

async function readPackaged(): Promise<UnderstandingModels> {
  const entries = await Promise.all(
    Object.values(MODEL_FILES).map(async (file) => {
      const response = await fetch(browser.runtime.getURL(`/model/${file}`));
      if (!response.ok) throw new Error(`model file ${file}: HTTP ${response.status}`);
      const content: unknown = file.endsWith('.bin')
        ? new Uint8Array(await response.arrayBuffer())
        : await response.json();
      return [file, content] as const;
    }),
  );
  const files = new Map<string, unknown>(entries);
  return loadUnderstandingModels((file) => files.get(file));
}

export function packagedModels(): Promise<UnderstandingModels> {
  pending ??= readPackaged().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
