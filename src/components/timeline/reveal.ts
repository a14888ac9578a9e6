/**
 * Brings what the reader acts on into view, moving nothing else. A card that opens in the flow (under a
 * phone's tapped event, or under a narrow plot) is scrolled into view inside the chart when the chart scrolls on
 * its own, and in the page too when the reader opened it (a click, a tap, or Enter, which clicks the button); a
 * card opened from code never scrolls the page. An event focused with the arrow keys is scrolled into view inside
 * a chart that scrolls, never in the page.
 */

/** Timelines (their hosts) where the reader has just clicked an event: the card that opens there next was asked for. */
const askedByReader = new WeakSet<Element>();

/** Space kept between a revealed element and the edge of its scroll box. */
const EDGE = 8;

const hostOf = (element: Element): Element | undefined => {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
};

/**
 * Bound to a chart's `click`, in the capture phase (a reader's click runs the event's own listener, which selects
 * it, and the update that draws the card, before the click bubbles up): a click on an event asks for the card it
 * opens to be shown. The request lasts until the next frame, so that a click that opens nothing does not make a
 * later card scroll the page.
 */
export const cardRequest = {
  capture: true,
  handleEvent(event: Event): void {
    const host = hostOf(event.currentTarget as Element);
    if (!host || !(event.target as Element | null)?.closest?.('.event')) return;
    askedByReader.add(host);
    requestAnimationFrame(() => askedByReader.delete(host));
  },
};

/**
 * A `ref` callback for the wrapper of a card that opens in the flow (rendered anew for each event, with
 * `keyed`): once the card is drawn, shows it (and, through the wrapper's `scroll-margin-top`, the event above it)
 * inside the chart when the chart scrolls, and in the page when the reader asked for it.
 */
export function revealOpenedCard(this: unknown, wrapper: Element | undefined): void {
  if (!(wrapper instanceof HTMLElement)) return;
  // Lit calls a ref with the rendering element as `this`, before the wrapper is in its shadow root.
  const host = this instanceof Element ? this : hostOf(wrapper);
  const byReader = host !== undefined && askedByReader.delete(host);
  // The card draws itself after the timeline's update: measure it in the frame, before it is painted.
  const reveal = (): void => {
    requestAnimationFrame(() => {
      if (!wrapper.isConnected) return;
      // A card opened before its element's code arrived (a chunk of its own) has no height yet: wait for it to draw.
      const card = wrapper.querySelector('dateline-event-card');
      if (card && !customElements.get('dateline-event-card')) {
        void customElements
          .whenDefined('dateline-event-card')
          .then(() => (card as Element & { updateComplete?: Promise<unknown> }).updateComplete)
          .then(reveal);
        return;
      }
      if (byReader) {
        wrapper.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        return;
      }
      const box = wrapper.closest<HTMLElement>('.chart');
      if (box) revealInScrollBox(box, wrapper, parseFloat(getComputedStyle(wrapper).scrollMarginTop) || 0);
    });
  };
  reveal();
}

/**
 * Scrolls `box`, when it scrolls on its own, by as little as shows `element` (from `extraAbove` pixels above
 * its top): its top first when it is taller than the box. The page does not move.
 */
export function revealInScrollBox(box: HTMLElement, element: Element, extraAbove = 0): void {
  if (box.scrollHeight <= box.clientHeight + 1) return;
  const view = box.getBoundingClientRect();
  const viewTop = view.top + box.clientTop + EDGE;
  const viewBottom = view.top + box.clientTop + box.clientHeight - EDGE;
  const shown = element.getBoundingClientRect();
  const top = shown.top - extraAbove;
  let delta = 0;
  if (top < viewTop) delta = top - viewTop;
  else if (shown.bottom > viewBottom) delta = Math.min(shown.bottom - viewBottom, top - viewTop);
  if (delta !== 0) box.scrollTop += delta;
}

/** Bound to a chart's `focusin`: the focused event is scrolled into view inside the chart (when it scrolls). */
export function revealFocused(event: FocusEvent): void {
  const target = event.target as Element | null;
  if (target?.closest?.('.event')) revealInScrollBox(event.currentTarget as HTMLElement, target);
}
