/** Which rows of a long list are in the DOM: those in view, plus a margin either side. */
export interface RowWindow {
  start: number;
  /** Exclusive. */
  end: number;
  /** Space for the rows above and below the window, so the scrollbar stays true. */
  paddingTop: number;
  paddingBottom: number;
}

/**
 * `heights` are the rows' measured heights (an estimate until measured). The margin keeps a
 * few screens of rows ready, so a fast scroll shows no gap before the next render.
 */
export function rowWindow(
  heights: readonly number[],
  scrollTop: number,
  viewport: number,
  margin: number,
): RowWindow {
  const from = scrollTop - margin;
  const to = scrollTop + viewport + margin;
  let offset = 0;
  let start = heights.length;
  let paddingTop = 0;
  let end = heights.length;
  for (let index = 0; index < heights.length; index++) {
    if (start === heights.length && offset + heights[index] > from) {
      start = index;
      paddingTop = offset;
    }
    if (offset >= to) {
      end = index;
      break;
    }
    offset += heights[index];
  }
  const total = heights.reduce((sum, height) => sum + height, 0);
  let bottom = paddingTop;
  for (let index = start; index < end; index++) bottom += heights[index];
  return { start, end: Math.max(start, end), paddingTop, paddingBottom: total - bottom };
}

/** The scroll position that shows row `index` whole, moving as little as possible. */
export function scrollTopShowing(
  heights: readonly number[],
  index: number,
  scrollTop: number,
  viewport: number,
): number {
  let top = 0;
  for (let i = 0; i < index; i++) top += heights[i];
  const bottom = top + (heights[index] ?? 0);
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return scrollTop;
}
