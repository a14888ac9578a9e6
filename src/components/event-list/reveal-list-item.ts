/**
 * Brings the event list's selected item into view inside the list when the list scrolls on its own (a max
 * height set through `--dateline-list-max-height`, or on the element itself). The page itself is never
 * scrolled.
 */

/** Scrolls the list's scroll boxes (`.scroller` in `root`, then `host`) by as little as shows the item of the event with `id`. */
export function revealListItem(host: HTMLElement, root: ParentNode, id: string): void {
  const item = [...root.querySelectorAll<HTMLElement>('li.item')].find((candidate) => candidate.dataset.id === id);
  if (!item) return;
  const scroller = root.querySelector<HTMLElement>('.scroller');
  for (const box of [scroller, host]) {
    if (!box || !isScrollContainer(box)) continue;
    const boxRect = box.getBoundingClientRect();
    const itemRect = item.getBoundingClientRect();
    const top = itemRect.top - boxRect.top - box.clientTop;
    const bottom = top + itemRect.height;
    if (top < 0) box.scrollTop += top;
    else if (bottom > box.clientHeight) box.scrollTop += Math.min(bottom - box.clientHeight, top);
  }
}

/** True when the box clips its content and has more of it than it shows. */
function isScrollContainer(box: HTMLElement): boolean {
  if (box.scrollHeight <= box.clientHeight) return false;
  const overflow = getComputedStyle(box).overflowY;
  return overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden';
}
