import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A zoom and pan step: zoom by `factor` (> 1 zooms in) around `anchor` (0..1 of the width), then pan by `pan` (a fraction of the window; positive is later). */
export interface ViewChange {
  factor: number;
  anchor: number;
  pan: number;
}

/** A wheel's line in pixels: a mouse notch is 100 px in Chromium and 3 lines in Firefox, the same step either way. */
const PIXELS_PER_LINE = 100 / 3;
/** The most one wheel event zooms by, in or out: a mouse notch (100 px) zooms by exactly this. */
export const MAX_WHEEL_ZOOM = 1.5;
/** Zoom per pixel of wheel: a notch of 100 px gives `MAX_WHEEL_ZOOM`, a pinch's small deltas a little each. */
const WHEEL_ZOOM_PER_PIXEL = Math.log(MAX_WHEEL_ZOOM) / 100;
const DRAG_THRESHOLD = 4;
/** How long the "Ctrl + scroll to zoom" hint shows, and how soon after it may show again. */
const HINT_SHOWN_MS = 1500;
const HINT_INTERVAL_MS = 5000;

/**
 * How far one wheel event zooms (> 1 in): exp(−deltaY × k), with deltaY in pixels and k such that a 100 px
 * notch zooms by 1.5, clamped to [1/1.5, 1.5] so that no single event jumps further, whatever its size.
 */
export function wheelZoomFactor(deltaYInPixels: number): number {
  const factor = Math.exp(-deltaYInPixels * WHEEL_ZOOM_PER_PIXEL);
  return Math.min(Math.max(factor, 1 / MAX_WHEEL_ZOOM), MAX_WHEEL_ZOOM);
}

/** True on a Mac, where ⌘ rather than Ctrl goes with the wheel. */
function onMac(): boolean {
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return /mac/i.test(data?.platform || navigator.platform || '');
}

/**
 * Turns wheel, mouse, pen and touch input on the plot into zoom and pan steps, at most one per animation
 * frame. A plain vertical wheel is left alone so the page scrolls, and brings up a brief "Ctrl + scroll to
 * zoom" hint (at most once every few seconds); ctrl/⌘ + wheel and trackpad pinch zoom around the time under
 * the pointer, a notch by at most ×1.5; horizontal wheel, shift + wheel, dragging and touch pan; two fingers
 * pinch. The host binds the handlers with Lit's `@event` bindings on the chart, so they go away with it; the
 * frame and the hint's timer are cancelled on detach.
 */
export class GestureController implements ReactiveController {
  /** True right after a drag, so the click that ends it does not select an event. */
  justDragged = false;
  private pending: ViewChange | undefined;
  private frame = 0;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private dragDistance = 0;
  private connected = false;
  private hintShown = false;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;
  private hintShownAt = -Infinity;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly plotWidth: () => number,
    private readonly apply: (change: ViewChange) => void,
    private readonly isRightToLeft: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  /** While the "Ctrl + scroll to zoom" hint shows, the key it names (⌘ on a Mac, else Control); else undefined. */
  get scrollHintKey(): 'meta' | 'control' | undefined {
    return this.hintShown ? (onMac() ? 'meta' : 'control') : undefined;
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
    clearTimeout(this.hintTimer);
    this.hintTimer = undefined;
    this.hintShown = false;
  }

  /** Bound with `{ passive: false }`, since zooming must stop the page from zooming. */
  readonly onWheel = {
    handleEvent: (event: WheelEvent) => {
      const scale = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? PIXELS_PER_LINE : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? this.plotWidth() : 1;
      const dx = event.deltaX * scale;
      const dy = event.deltaY * scale;
      const width = Math.max(this.plotWidth(), 1);
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        this.queue({ factor: wheelZoomFactor(dy), anchor: this.anchorOf(event), pan: 0 });
      } else if (event.shiftKey && dx === 0) {
        event.preventDefault();
        this.queue({ factor: 1, anchor: 0.5, pan: this.direction() * (dy / width) });
      } else if (Math.abs(dx) > Math.abs(dy)) {
        event.preventDefault();
        this.queue({ factor: 1, anchor: 0.5, pan: this.direction() * (dx / width) });
      } else if (dy !== 0) {
        // A plain vertical wheel is not ours: the page scrolls. Say how to zoom instead.
        this.showScrollHint();
      }
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
        this.capture(event);
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

  /**
   * Zoom from code or keys, coalesced like gestures: the steps of one frame are applied as one, their factors
   * multiplied (so a burst zooms exactly as far as its events would one by one) around the latest anchor.
   */
  queue(change: ViewChange): void {
    if (!this.connected || !Number.isFinite(change.factor) || !Number.isFinite(change.pan) || change.factor <= 0) return;
    const pending = this.pending;
    // A pan's anchor means nothing: the zoom keeps the anchor of the latest step that zooms.
    const anchor = pending && change.factor === 1 ? pending.anchor : change.anchor;
    this.pending = pending ? { factor: pending.factor * change.factor, anchor, pan: pending.pan + change.pan } : change;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const next = this.pending;
      this.pending = undefined;
      if (next) this.apply(next);
    });
  }

  /** Keeps a drag's moves coming when the pointer leaves the chart; a pointer that is no longer active cannot be captured, and need not be. */
  private capture(event: PointerEvent): void {
    const target = event.currentTarget as Element | null;
    try {
      if (target && !target.hasPointerCapture(event.pointerId)) target.setPointerCapture(event.pointerId);
    } catch {
      // NotFoundError: the pointer went away (or was never a real one).
    }
  }

  private showScrollHint(): void {
    const now = performance.now();
    if (!this.connected || now - this.hintShownAt < HINT_INTERVAL_MS) return;
    this.hintShownAt = now;
    this.hintShown = true;
    this.host.requestUpdate();
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => {
      this.hintTimer = undefined;
      this.hintShown = false;
      this.host.requestUpdate();
    }, HINT_SHOWN_MS);
  }

  private direction(): number {
    return this.isRightToLeft() ? -1 : 1;
  }

  private anchorOf(event: MouseEvent): number {
    return this.anchorAt(event.clientX, event.currentTarget as Element | null);
  }

  /**
   * Where a point falls along the time axis, 0..1 from its start (mirrored in right-to-left pages). The
   * gestures are bound on the chart, but the axis runs across its plot, inset by the gutters: measured against
   * the chart's box, the time under the pointer would drift by up to a gutter a step.
   */
  private anchorAt(clientX: number, target: Element | null): number {
    if (!target) return 0.5;
    const box = (target.querySelector(':scope > .plot') ?? target).getBoundingClientRect();
    if (box.width <= 0) return 0.5;
    const fraction = Math.min(Math.max((clientX - box.left) / box.width, 0), 1);
    return this.isRightToLeft() ? 1 - fraction : fraction;
  }
}
