import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the view has to rest before a change is announced. */
export const ANNOUNCE_AFTER_MS = 400;

/**
 * The text of a polite live region, set once things rest: a pinch or a held key changes the view on every
 * frame, and a screen reader should hear where it ended, once, rather than a queue of ranges. The message is
 * worked out only then, so the frames of a gesture pay nothing for it. The timer goes when the host is detached.
 */
export class PoliteAnnouncer implements ReactiveController {
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Announces `message()` once nothing else has been announced for `ANNOUNCE_AFTER_MS`. */
  announce(message: () => string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.text = message();
      this.host.requestUpdate();
    }, ANNOUNCE_AFTER_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
