import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the size of the host, or of an element inside it, and asks the host to update when it changes (or
 * when a change it cares about happens, as `needsUpdate` tells). Stops watching when the host is detached. The
 * host's own size is read once before its first update, so that the first drawing is laid out for it: the
 * observer reports it only after that frame's layout, and the update it then asks for would come a frame later,
 * after a frame drawn for no width at all.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private observed?: Element;
  private frame = 0;

  /**
   * @param target the element to watch, if not the host; looked up after each update, since it may be re-rendered
   * @param needsUpdate whether a new size needs the host to update, asked before it is kept (`width` and `height`
   * are still the last size); by default any change does
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target?: () => Element | null | undefined,
    private readonly needsUpdate: (width: number, height: number) => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]!.contentRect;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width === this.width && height === this.height) return;
      const asks = this.needsUpdate(width, height);
      this.width = width;
      this.height = height;
      if (!asks) return;
      // Re-laying out inside the observer's callback would resize what it observes in the same frame
      // ("ResizeObserver loop" errors): update on the next frame instead.
      if (!this.frame) {
        this.frame = requestAnimationFrame(() => {
          this.frame = 0;
          this.host.requestUpdate();
        });
      }
    });
    if (!this.target) this.watch(this.host);
  }

  hostUpdate(): void {
    if (this.target || this.width > 0 || !this.host.isConnected) return;
    // The content box, as the observer reports it (clientWidth holds the padding; a host laid out as inline has none).
    const style = getComputedStyle(this.host);
    const inner = (size: number, start: string, end: string) => Math.max(Math.round(size - (parseFloat(start) || 0) - (parseFloat(end) || 0)), 0);
    this.width = inner(this.host.clientWidth, style.paddingLeft, style.paddingRight);
    this.height = inner(this.host.clientHeight, style.paddingTop, style.paddingBottom);
  }

  hostUpdated(): void {
    if (this.target) this.watch(this.target() ?? undefined);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  private watch(element: Element | undefined): void {
    if (!this.observer || element === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = element;
    if (element) this.observer.observe(element);
  }
}
