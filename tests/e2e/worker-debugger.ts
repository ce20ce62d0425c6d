import type { CDPSession } from 'playwright-core';
import type { ExtensionSession } from '../../scripts/lib/browser';

/**
 * A DevTools session of its own on the extension's running service worker, for fault tests
 * that must act at an exact point of a write. Playwright hands out CDP sessions for pages
 * only, so this one talks to the worker through the browser target's message relay.
 */
export interface WorkerDebugger {
  /** Evaluates an expression in the worker and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Resolves when the worker stops at a `debugger` statement. */
  paused(): Promise<void>;
}

export async function debugServiceWorker(session: ExtensionSession): Promise<WorkerDebugger> {
  const browser = session.context.browser();
  if (!browser) throw new Error('No browser behind the extension session');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (target) => target.type === 'service_worker' && target.url.includes(session.extensionId),
  );
  if (!worker) throw new Error('The extension has no running service worker');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });

  let lastId = 0;
  const replies = new Map<number, (message: WorkerMessage) => void>();
  const pauseListeners: (() => void)[] = [];
  let pausedAlready = false;
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as WorkerMessage;
    if (message.id !== undefined) replies.get(message.id)?.(message);
    if (message.method === 'Debugger.paused') {
      pausedAlready = true;
      for (const listener of pauseListeners.splice(0)) listener();
    }
  });
  function send(method: string, params: object = {}): Promise<WorkerMessage> {
    const id = ++lastId;
    const reply = new Promise<WorkerMessage>((resolve) => replies.set(id, resolve));
    void cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return reply;
  }
  await send('Debugger.enable');

  return {
    async evaluate<T>(expression: string) {
      const reply = await send('Runtime.evaluate', { expression, returnByValue: true });
      if (reply.error || reply.result?.exceptionDetails) {
        throw new Error(`evaluate failed: ${JSON.stringify(reply.error ?? reply.result)}`);
      }
      return reply.result?.result?.value as T;
    },
    paused: () =>
      pausedAlready ? Promise.resolve() : new Promise((resolve) => pauseListeners.push(resolve)),
  };
}

interface WorkerMessage {
  id?: number;
  method?: string;
  error?: unknown;
  result?: { result?: { value?: unknown }; exceptionDetails?: unknown };
}

/**
 * Makes the worker stop in the debugger at its next write to the `items` store: inside the
 * Dexie transaction of a page scan, after it began and before it can commit.
 */
export const PAUSE_AT_NEXT_ITEM_WRITE = `(() => {
  const put = IDBObjectStore.prototype.put;
  let armed = true;
  IDBObjectStore.prototype.put = function (...args) {
    if (armed && this.name === 'items') {
      armed = false;
      debugger;
    }
    return put.apply(this, args);
  };
})()`;

/**
 * Makes every write to the `items` store fail in this worker, as a broken disk would, and
 * counts the attempts in \`globalThis.refusedItemWrites\`; a restarted worker writes again.
 */
export const FAIL_ITEM_WRITES = `(() => {
  const put = IDBObjectStore.prototype.put;
  globalThis.refusedItemWrites = 0;
  IDBObjectStore.prototype.put = function (...args) {
    if (this.name !== 'items') return put.apply(this, args);
    globalThis.refusedItemWrites += 1;
    throw new DOMException('test: the disk refused the write', 'UnknownError');
  };
})()`;
