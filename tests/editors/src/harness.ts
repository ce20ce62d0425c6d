/**
 * What every editor test page offers: mount a real editor engine into a host element and read the
 * text back from the engine's own state, not from the DOM.
 */
export interface MountedEditor {
  /** The element a user types into. */
  editable: HTMLElement;
  /** The editor's text from its own model, lines separated by a single "\n". */
  text(): string;
}

export interface MountOptions {
  /** Mount inside an open shadow root, as LinkedIn's `#interop-outlet` does. */
  shadow?: boolean;
}

declare global {
  interface Window {
    __mountEditor(host: HTMLElement, options?: MountOptions): HTMLElement;
    __editorText(): string;
  }
}

/**
 * Exposes `window.__mountEditor` and `window.__editorText` (for the last mounted editor) and mounts
 * into `[data-test-editor-host]` when the page has one (`data-shadow` for a shadow root).
 */
export function exposeEditor(mount: (container: HTMLElement) => MountedEditor): void {
  let current: MountedEditor | null = null;

  window.__mountEditor = (host, options = {}) => {
    const container = document.createElement('div');
    if (options.shadow) {
      const shadowHost = document.createElement('div');
      shadowHost.id = 'interop-outlet';
      host.append(shadowHost);
      shadowHost.attachShadow({ mode: 'open' }).append(container);
    } else {
      host.append(container);
    }
    current = mount(container);
    return current.editable;
  };
  window.__editorText = () => {
    if (!current) throw new Error('No editor mounted: call window.__mountEditor(host) first');
    return current.text();
  };

  const autoMount = () => {
    const host = document.querySelector<HTMLElement>('[data-test-editor-host]');
    if (host) window.__mountEditor(host, { shadow: host.hasAttribute('data-shadow') });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', autoMount);
  else autoMount();
}
