/** A pasted link as an http(s) URL, or undefined when it is not one. */
export function webLinkOf(link: string): URL | undefined {
  try {
    const url = new URL(link.trim());
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
