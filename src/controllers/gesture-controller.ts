import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A zoom and pan step: zoom by `factor` (> 1 zooms in) around `anchor` (0..1 of the width), then pan by `pan` (a fraction of the window; positive is later). */
export interface ViewChange {
  factor: number;
  anchor: number;
  pan: number;
}

const LINE_HEIGHT = 16;
const DRAG_THRESHOLD = 4;

/**
 * Turns wheel, mouse, pen and touch input on the plot into zoom and pan steps, at most one per animation
 * frame. A plain vertical wheel is left alone so the page scrolls; ctrl/⌘ + wheel and trackpad pinch zoom;
 * horizontal wheel, shift + wheel, dragging and touch pan; two fingers pinch. The host binds the handlers
 * with Lit's `@event` bindings on the plot, so they go away with it; the frame is cancelled on detach.
 */
export class GestureController implements ReactiveController {
  /** True right after a drag, so the click that ends it does not select an event. */
  justDragged = false;
  private pending: ViewChange | undefined;
  private frame = 0;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private dragDistance = 0;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly plotWidth: () => number,
    private readonly apply: (change: ViewChange) => void,
    private readonly isRightToLeft: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = undefined;
    this.pointers.clear();
  }

  /** Bound with `{ passive: false }`, since zooming must stop the page from zooming. */
  readonly onWheel = {
    handleEvent: (event: WheelEvent) => {
      const scale = event.deltaMode === 1 ? LINE_HEIGHT : event.deltaMode === 2 ? this.plotWidth() : 1;
      const dx = event.deltaX * scale;
      const dy = event.deltaY * scale;
      const width = Math.max(this.plotWidth(), 1);
      const anchor = this.anchorOf(event);
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        this.queue({ factor: Math.exp(-dy * 0.01), anchor, pan: 0 });
      } else if (event.shiftKey && dx === 0) {
        event.preventDefault();
        this.queue({ factor: 1, anchor, pan: this.direction() * (dy / width) });
      } else if (Math.abs(dx) > Math.abs(dy)) {
        event.preventDefault();
        this.queue({ factor: 1, anchor, pan: this.direction() * (dx / width) });
      }
      // A plain vertical wheel is not ours: the page scrolls.
    },
    passive: false,
  };

  readonly onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 1) this.dragDistance = 0;
    this.justDragged = false;
  };

  readonly onPointerMove = (event: PointerEvent) => {
    const previous = this.pointers.get(event.pointerId);
    if (!previous) return;
    const width = Math.max(this.plotWidth(), 1);
    const current = { x: event.clientX, y: event.clientY };
    if (this.pointers.size === 1) {
      const dx = current.x - previous.x;
      this.dragDistance += Math.abs(dx) + Math.abs(current.y - previous.y);
      if (this.dragDistance > DRAG_THRESHOLD) {
        const target = event.currentTarget as Element | null;
        if (target && !target.hasPointerCapture(event.pointerId)) target.setPointerCapture(event.pointerId);
        this.queue({ factor: 1, anchor: 0.5, pan: -this.direction() * (dx / width) });
      }
    } else if (this.pointers.size === 2) {
      const [first, second] = [...this.pointers.entries()];
      const other = first![0] === event.pointerId ? second![1] : first![1];
      const before = Math.hypot(previous.x - other.x, previous.y - other.y);
      const after = Math.hypot(current.x - other.x, current.y - other.y);
      this.dragDistance += DRAG_THRESHOLD + 1;
      if (before > 0 && after > 0) {
        const middle = (current.x + other.x) / 2;
        this.queue({ factor: after / before, anchor: this.anchorAt(middle, event.currentTarget as Element | null), pan: 0 });
      }
    }
    this.pointers.set(event.pointerId, current);
  };

  readonly onPointerUp = (event: PointerEvent) => {
    if (!this.pointers.delete(event.pointerId)) return;
    if (this.pointers.size === 0 && this.dragDistance > DRAG_THRESHOLD) this.justDragged = true;
  };

  /** Zoom from code or keys, coalesced like gestures. */
  queue(change: ViewChange): void {
    if (!this.connected || !Number.isFinite(change.factor) || !Number.isFinite(change.pan) || change.factor <= 0) return;
    const pending = this.pending;
    this.pending = pending ? { factor: pending.factor * change.factor, anchor: change.anchor, pan: pending.pan + change.pan } : change;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const next = this.pending;
      this.pending = undefined;
      if (next) this.apply(next);
    });
  }

  private direction(): number {
    return this.isRightToLeft() ? -1 : 1;
  }

  private anchorOf(event: MouseEvent): number {
    return this.anchorAt(event.clientX, event.currentTarget as Element | null);
  }

  private anchorAt(clientX: number, target: Element | null): number {
    if (!target) return 0.5;
    const box = target.getBoundingClientRect();
    if (box.width <= 0) return 0.5;
    const fraction = Math.min(Math.max((clientX - box.left) / box.width, 0), 1);
    return this.isRightToLeft() ? 1 - fraction : fraction;
  }
}
