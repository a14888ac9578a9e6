/** An element whose selection may be written into the page's URL. */
export interface DeepLinkHost extends HTMLElement {
  /** Deep links are on. */
  deepLink: boolean;
}

/**
 * The selected event in the page's URL: with `deep-link` on and an `id` on the element, selecting an event
 * sets `?<id>=<event id>` (through `history.replaceState`, leaving the hash and other parameters alone), and a
 * page opened with such a URL selects that event. It owns that one parameter of the page's address, and
 * needs no lifecycle: it reads and writes the address only when asked.
 */
export class DeepLinkController {
  constructor(private readonly host: DeepLinkHost) {}

  /** The event id in the element's parameter of the page's URL, if deep links are on. */
  linkedEventId(): string | undefined {
    const name = this.parameterName;
    if (!name) return undefined;
    try {
      return new URLSearchParams(window.location.search).get(name) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** Writes the selected event's id into the URL, or removes it when `eventId` is undefined. */
  write(eventId: string | undefined): void {
    const name = this.parameterName;
    if (!name) return;
    try {
      const url = new URL(window.location.href);
      if (eventId === undefined) url.searchParams.delete(name);
      else url.searchParams.set(name, eventId);
      if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
    } catch {
      // A sandboxed frame may refuse history changes; the selection still works.
    }
  }

  private get parameterName(): string | undefined {
    return this.host.deepLink && this.host.id ? this.host.id : undefined;
  }
}
