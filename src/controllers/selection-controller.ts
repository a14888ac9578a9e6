import type { ReactiveControllerHost } from 'lit';
import { DatelineDeselectEvent, DatelineSelectEvent } from '../events.js';
import type { NormalizedEvent } from '../model/types.js';
import { DeepLinkController } from './deep-link-controller.js';

/** A timeline whose selection this controller keeps: its public `selected` id and `deep-link` switch. */
export interface SelectingHost extends ReactiveControllerHost, HTMLElement {
  selected?: string;
  deepLink: boolean;
}

/**
 * What the reader has open: the selected event (its card) or a cluster's list. Selecting and closing as the
 * user does fire `dateline-select` and `dateline-deselect` and write the page's deep link; `selected` set from
 * code changes nothing else. Only one is open at a time.
 */
export class SelectionController {
  /** The key of the cluster whose list is open. */
  private openCluster?: string;
  private readonly deepLinks: DeepLinkController;

  /** @param afterClose called when the user closed what was open (the timeline then puts focus back) */
  constructor(
    private readonly host: SelectingHost,
    private readonly eventById: (id: string | undefined) => NormalizedEvent | undefined,
    private readonly afterClose: () => void,
  ) {
    this.deepLinks = new DeepLinkController(host);
  }

  get openClusterKey(): string | undefined {
    return this.openCluster;
  }

  /** True when a card or a cluster's list is open. */
  get isOpen(): boolean {
    return this.host.selected !== undefined || this.openCluster !== undefined;
  }

  /** The event the page's URL links to, when deep links are on and the data holds it. */
  linkedEvent(): NormalizedEvent | undefined {
    return this.eventById(this.deepLinks.linkedEventId());
  }

  /** The id the page's URL links to, when deep links are on, whether or not the data holds it. */
  linkedEventId(): string | undefined {
    return this.deepLinks.linkedEventId();
  }

  /** The user selects an event: its card opens. */
  select(event: NormalizedEvent): void {
    this.closeCluster();
    if (this.host.selected === event.id) return;
    this.host.selected = event.id;
    this.deepLinks.write(event.id);
    this.host.dispatchEvent(new DatelineSelectEvent(event));
  }

  /** The user opens a cluster's list, or closes it when it is open. */
  toggleCluster(key: string): void {
    this.openCluster = this.openCluster === key ? undefined : key;
    this.host.requestUpdate();
  }

  /** Closes a cluster's list (the view moved, or new data came). */
  closeCluster(): void {
    if (this.openCluster === undefined) return;
    this.openCluster = undefined;
    this.host.requestUpdate();
  }

  /** The user closes the card or the cluster's list; a closed selection is announced to listeners. */
  close(): void {
    if (!this.isOpen) return;
    const deselected = this.eventById(this.host.selected);
    if (this.host.selected !== undefined) this.deepLinks.write(undefined);
    this.host.selected = undefined;
    this.closeCluster();
    this.afterClose();
    if (deselected) this.host.dispatchEvent(new DatelineDeselectEvent(deselected));
  }
}
