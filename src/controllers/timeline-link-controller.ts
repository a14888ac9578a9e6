/**
 * The link between an event list and the `<dateline-timeline>` its `for` names (by id, in the list's own
 * document or shadow root). It owns the listeners on that timeline: the timeline's selections and deselections
 * set the list's `selected`, and the list's, made by the reader, set the timeline's. Linked while the list is
 * connected; a new `for`, or a timeline that appears later, moves the link at the next update.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DatelineDeselectEvent, DatelineSelectEvent } from '../events.js';

/** A list linked to a timeline: its `for` attribute and its selection. */
export interface LinkingList extends ReactiveControllerHost, HTMLElement {
  for?: string;
  selected?: string;
}

export class TimelineLinkController implements ReactiveController {
  private timeline?: Element;
  /** The `for` the link was last looked up for. */
  private linkedFor?: string;

  constructor(private readonly host: LinkingList) {
    host.addController(this);
  }

  hostConnected(): void {
    this.link();
  }

  hostDisconnected(): void {
    this.unlink();
  }

  hostUpdated(): void {
    if (this.host.for !== this.linkedFor || (this.host.for && !this.timeline)) this.link();
  }

  /** Mirrors a selection made in the list on the timeline (which reveals it); `from` guards a deselection. */
  mirrorSelection(from: string | undefined, to: string | undefined): void {
    this.link();
    const timeline = this.timeline as (Element & { selected?: string }) | undefined;
    if (!timeline) return;
    if (from !== undefined && timeline.selected !== from) return;
    timeline.selected = to;
  }

  /** Listens to the timeline `for` names now, if it is not the one already linked. */
  private link(): void {
    this.linkedFor = this.host.for;
    const timeline = this.findTimeline();
    if (timeline === this.timeline) return;
    this.unlink();
    if (!timeline) return;
    timeline.addEventListener(DatelineSelectEvent.eventName, this.onTimelineSelect);
    timeline.addEventListener(DatelineDeselectEvent.eventName, this.onTimelineDeselect);
    this.timeline = timeline;
  }

  private unlink(): void {
    this.timeline?.removeEventListener(DatelineSelectEvent.eventName, this.onTimelineSelect);
    this.timeline?.removeEventListener(DatelineDeselectEvent.eventName, this.onTimelineDeselect);
    this.timeline = undefined;
  }

  /** The element named by `for`, looked up in the list's own document or shadow root. */
  private findTimeline(): Element | undefined {
    const { host } = this;
    if (!host.for || !host.isConnected) return undefined;
    const root = host.getRootNode() as Document | ShadowRoot;
    try {
      const found = root.getElementById?.(host.for) ?? root.querySelector?.(`#${CSS.escape(host.for)}`);
      return found && found !== host ? found : undefined;
    } catch {
      return undefined;
    }
  }

  private readonly onTimelineSelect = (event: Event): void => {
    // Only the timeline's own selections: not the list's, should the list sit inside it.
    if (event.target !== this.timeline || event.composedPath().includes(this.host)) return;
    const id = (event as DatelineSelectEvent).detail?.event?.id;
    if (typeof id === 'string') this.host.selected = id;
  };

  private readonly onTimelineDeselect = (event: Event): void => {
    if (event.target !== this.timeline || event.composedPath().includes(this.host)) return;
    if ((event as DatelineDeselectEvent).detail?.event?.id === this.host.selected) this.host.selected = undefined;
  };
}
