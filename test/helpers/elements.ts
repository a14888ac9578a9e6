import { expect, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';

/** Resolves on the next animation frame. */
export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits for an element to finish laying out: an update, then the frames in which its ResizeObservers report
 * the real size of the host and the chart, then the re-layout they ask for, then the updates of the elements
 * it draws.
 */
export async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await el.updateComplete;
    await frame();
  }
  await el.updateComplete;
  // And the elements it draws in its shadow root (the card).
  const inner = [...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((child): child is HTMLElement & { updateComplete: Promise<boolean> } => 'updateComplete' in child);
  await Promise.all(inner.map((child) => child.updateComplete));
}

/** The next event of a type the element fires, typed from the element's event map (`oneEvent`, typed). */
export const nextEvent = <K extends keyof HTMLElementEventMap>(target: EventTarget, type: K) => oneEvent<HTMLElementEventMap[K]>(target, type);

/** Records every event of a type the element fires from now on. */
export function record<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): HTMLElementEventMap[K][] {
  const seen: HTMLElementEventMap[K][] = [];
  target.addEventListener(type, (event) => seen.push(event as HTMLElementEventMap[K]));
  return seen;
}

/** Collects uncaught errors and unhandled rejections while a test runs. */
export function watchErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Runs `body`, then fails if anything was thrown uncaught or a promise rejected unhandled while it ran. */
export async function withoutUncaughtErrors(body: () => Promise<void>): Promise<void> {
  const watcher = watchErrors();
  try {
    await body();
    expect(watcher.errors).to.deep.equal([]);
  } finally {
    watcher.stop();
  }
}

export const rect = (element: Element) => element.getBoundingClientRect();

/** True when two boxes share more than a hairline (touching edges do not count). */
export const intersects = (a: DOMRect, b: DOMRect, tolerance = 0.5) =>
  a.width > 0 && a.height > 0 && b.width > 0 && b.height > 0 &&
  a.left < b.right - tolerance && b.left < a.right - tolerance && a.top < b.bottom - tolerance && b.top < a.bottom - tolerance;

export const center = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });

export const describeBox = (box: DOMRect) => `[${box.left.toFixed(1)}, ${box.top.toFixed(1)}, ${box.right.toFixed(1)}, ${box.bottom.toFixed(1)}]`;

/** The parent in the flat tree: slot, host or parent element. */
export function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * What the overflow clipping of an element's ancestors (from `from` up) leaves of a box on screen: the box's
 * edges, possibly empty (right ≤ left or bottom ≤ top).
 */
export function clipByAncestors(box: DOMRect, from: Element | null): { left: number; top: number; right: number; bottom: number } {
  let { left, top, right, bottom } = box;
  for (let node = from; node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = node.getBoundingClientRect();
    left = Math.max(left, clip.left);
    top = Math.max(top, clip.top);
    right = Math.min(right, clip.right);
    bottom = Math.min(bottom, clip.bottom);
  }
  return { left, top, right, bottom };
}

/**
 * Clicks the middle of an element with the real mouse, as a reader does (a button gets focus, as on a tap),
 * scrolling it into view first when it is outside the window, as the reader would.
 */
export async function clickLikeAReader(element: Element): Promise<void> {
  const box = rect(element);
  if (box.top < 0 || box.bottom > window.innerHeight || box.left < 0 || box.right > window.innerWidth) {
    element.scrollIntoView({ block: 'center', inline: 'center' });
  }
  const { x, y } = center(rect(element));
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}
