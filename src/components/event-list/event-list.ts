import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { TimelineLinkController } from '../../controllers/timeline-link-controller.js';
import { DatelineDeselectEvent, DatelineSelectEvent } from '../../events.js';
import { groupEvents, type YearGroup } from '../../layout/event-list-groups.js';
import type { TimelineEvent } from '../../model/schema.js';
import type { DatasetIssue, NormalizedEvent, ParseResult } from '../../model/types.js';
import { readLightDomData } from '../shared/light-dom-data.js';
import { announceData, dataStateStyles, loadingState, problemsPanel } from '../shared/data-states.js';
import { themeStyles } from '../theme.styles.js';
import { statusGlyphStyles } from '../shared/status-glyph.styles.js';
import { eventDetailsStyles } from '../shared/event-details.js';
import { eventListStyles } from './event-list.styles.js';
import { inheritedAttribute } from '../shared/event-text.js';
import { listItemView, type ListItemView } from './event-list-item.js';
import { showMoreButton, yearSection, type ListOutlineContext } from './event-list-outline.js';

const EMPTY_RESULT: ParseResult = { dataset: { title: '' }, events: [], issues: [] };

/** What the error summary says failed when no event is valid. */
const NOT_SHOWN = 'The list could not be shown';

/** How many events are drawn at first, and how many more each "Show more" adds: a list of 200,000 stays usable. */
const PAGE_SIZE = 1000;

/**
 * The events as a document: a list in time order under year headings (and month headings in a busy year),
 * each with its title, date, status in words and summary; selecting one unfolds its actors and sources.
 * Reads the same inputs as `<dateline-timeline>`, prints well, and works without a pointer. With
 * `for="<timeline id>"` it follows and drives that timeline's selection.
 *
 * Keyboard: each event's title is a button (Tab moves through them); Up and Down arrows move between
 * events, Home and End to the first and last; Enter or Space shows or hides the event's details.
 *
 * @summary The events of a timeline as an accessible, printable list.
 *
 * @fires {DatelineSelectEvent} dateline-select - The user selected an event (`detail.event`).
 * @fires {DatelineDeselectEvent} dateline-deselect - The user folded the selected event's details (`detail.event`).
 * @fires {DatelineLoadEvent} dateline-load - Data is in (`detail.events`, `detail.issues`).
 * @fires {DatelineErrorEvent} dateline-error - The data had errors or could not be loaded (`detail.message`, `detail.issues`).
 *
 * @csspart list - The scrolling box around the year groups.
 * @csspart year - A year's heading.
 * @csspart month - A month's heading, in a year split by month.
 * @csspart item - Each event's list item; also has `selected` when selected.
 * @csspart title - An event's title (a button inside the heading).
 * @csspart date - An event's date.
 * @csspart status - An event's status: a mark and the status word.
 * @csspart summary - An event's summary.
 * @csspart details - The actors and sources shown under the selected event.
 * @csspart error - The list of problems in the data.
 * @csspart show-more - The button that draws more events, in a list of more than a thousand.
 * @csspart progress - The progress bar while a large dataset is read.
 * @csspart selected - With `item`, on the selected event's list item: `::part(item selected)`.
 *
 * @cssprop [--dateline-list-max-height=none] - The list's greatest height; past it the list scrolls inside itself.
 * @cssprop [--dateline-font=inherit] - Font family.
 * @cssprop [--dateline-color=#1f1f1f] - Text colour.
 * @cssprop [--dateline-muted=#5c5c5c] - Secondary text: dates, headings of months, labels.
 * @cssprop [--dateline-background=#ffffff] - Background.
 * @cssprop [--dateline-accent=#b3261e] - Selection and focus.
 * @cssprop [--dateline-grid=#e3e3e3] - Rules between events.
 * @cssprop [--dateline-axis=#767676] - The outline of the status badge.
 * @cssprop [--dateline-mark=#3d3d3d] - The status mark.
 * @cssprop [--dateline-surface=#f6f6f4] - Background of the problems panel and of the selected event's details.
 */
export class DatelineEventList extends LitElement {
  static override styles = [themeStyles, statusGlyphStyles, eventDetailsStyles, dataStateStyles, eventListStyles];

  /** The events, in the authoring format (`TimelineEvent[]`), or a whole dataset object. */
  @property({ attribute: false }) events?: TimelineEvent[] | { title?: string; events: TimelineEvent[] };

  /** URL of a JSON dataset, JSON array of events, TimelineJS JSON, or CSV. */
  @property() src?: string;

  /** Locale for dates and headings; defaults to the nearest `lang` (crossing shadow roots), then the browser's. */
  @property() locale?: string;

  /** Id of the selected event, whose details are shown; selecting in the list sets it. */
  @property({ reflect: true }) selected?: string;

  /** Force the light or dark look; by default it follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * Heading level of each event's title, 2 to 6 (default 3). Year headings are one level above. In a year
   * split by month, the month headings take this level and the titles in it go one below.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * Id of a `<dateline-timeline>` in the same document or shadow root. Selecting an event in either one
   * selects and reveals it in the other.
   */
  @property({ attribute: 'for' }) for?: string;

  @state() private result: ParseResult = EMPTY_RESULT;
  /** How many events, from the first, are drawn. */
  @state() private shownCount = PAGE_SIZE;

  private groups: YearGroup<ListItemView>[] = [];
  private resolvedLocale?: string;
  private pendingDataEvents = false;
  /** After "Show more", the order of the first newly shown event, to focus. */
  private focusOrder?: number;
  private revealPending = false;
  private readonly dataSource = new DataSourceController(this, (result) => this.useResult(result));
  private readonly timelineLink = new TimelineLinkController(this);

  /** The events as parsed and validated, in time order. */
  get normalizedEvents(): readonly NormalizedEvent[] {
    return this.result.events;
  }

  /** Problems found in the data. */
  get issues(): readonly DatasetIssue[] {
    return this.result.issues;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && this.events === undefined && !this.src) {
      const written = readLightDomData(this);
      if (written) this.useResult(written);
    }
    // The nearest `lang` may differ where the list was re-attached.
    this.requestUpdate();
  }

  /**
   * Also waits for `events` set from code to be read and drawn: a large dataset is read a slice at a time,
   * so `await element.updateComplete` means the same for 10 events and for 100,000.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.dataSource.afterReading(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events') && this.events !== undefined) this.dataSource.read(this.events);
    if (changed.has('src')) {
      if (this.src) void this.dataSource.load(this.src);
      else this.dataSource.cancel();
    }
    if (changed.has('selected') && this.selected !== undefined) this.revealPending = true;
    if (this.revealPending) this.showSelected();
    this.resolvedLocale = this.locale || inheritedAttribute(this, 'lang') || undefined;
    try {
      const locale = this.resolvedLocale;
      this.groups = groupEvents(this.result.events, this.shownCount, locale, (event, order) => listItemView(event, order, locale));
    } catch {
      // Formatting cannot fail on parsed events, but a page must never see an exception from here.
      this.groups = [];
    }
  }

  protected override updated(): void {
    if (this.pendingDataEvents) {
      this.pendingDataEvents = false;
      announceData(this, this.result, NOT_SHOWN);
    }
    if (this.revealPending) {
      this.revealPending = false;
      this.revealSelected();
    }
    if (this.focusOrder !== undefined) {
      const id = this.result.events[this.focusOrder]?.id;
      this.focusOrder = undefined;
      [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.item-button')].find((button) => button.dataset.id === id)?.focus();
    }
  }

  private useResult(result: ParseResult): void {
    this.result = result;
    this.shownCount = PAGE_SIZE;
    this.pendingDataEvents = true;
    if (this.selected !== undefined) this.revealPending = true;
  }

  /** Draws enough events to include the selected one, when it is past those shown. */
  private showSelected(): void {
    if (this.selected === undefined || this.result.events.length <= this.shownCount) return;
    const order = this.result.events.findIndex((event) => event.id === this.selected);
    if (order >= this.shownCount) this.shownCount = Math.ceil((order + 1) / PAGE_SIZE) * PAGE_SIZE;
  }

  private showMore(): void {
    this.focusOrder = this.shownCount;
    this.shownCount += PAGE_SIZE;
  }

  // ——— user actions ———

  private onItemClick(event: NormalizedEvent): void {
    if (this.selected === event.id) {
      this.selected = undefined;
      this.timelineLink.mirrorSelection(event.id, undefined);
      this.dispatchEvent(new DatelineDeselectEvent(event));
      return;
    }
    this.selected = event.id;
    this.timelineLink.mirrorSelection(undefined, event.id);
    this.dispatchEvent(new DatelineSelectEvent(event));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const button = (event.target as Element | null)?.closest?.('button.item-button');
    if (!button || event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.item-button')];
    const current = buttons.indexOf(button as HTMLButtonElement);
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = current + 1;
        break;
      case 'ArrowUp':
        next = current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = buttons.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    buttons[Math.min(Math.max(next, 0), buttons.length - 1)]?.focus();
  }

  /**
   * Brings the selected item into view inside the list when the list scrolls on its own (a max height set
   * through `--dateline-list-max-height` or on the element). The page itself is never scrolled.
   */
  private revealSelected(): void {
    if (this.selected === undefined) return;
    const item = [...this.renderRoot.querySelectorAll<HTMLElement>('li.item')].find((candidate) => candidate.dataset.id === this.selected);
    if (!item) return;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    for (const box of [scroller, this as HTMLElement]) {
      if (!box || !isScrollContainer(box)) continue;
      const boxRect = box.getBoundingClientRect();
      const itemRect = item.getBoundingClientRect();
      const top = itemRect.top - boxRect.top - box.clientTop;
      const bottom = top + itemRect.height;
      if (top < 0) box.scrollTop += top;
      else if (bottom > box.clientHeight) box.scrollTop += Math.min(bottom - box.clientHeight, top);
    }
  }

  // ——— rendering ———

  private get level(): number {
    const level = Number(this.headingLevel);
    return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 3;
  }

  protected override render(): TemplateResult {
    const loading = this.dataSource.state === 'loading';
    const hasEvents = this.result.events.length > 0;
    const hasErrors = this.result.issues.some((issue) => issue.severity === 'error');
    return html`<div class="frame" aria-busy=${loading ? 'true' : 'false'} @keydown=${this.onKeyDown}>
      ${problemsPanel(this.result, NOT_SHOWN)}
      ${loading
        ? loadingState('Loading events…', this.dataSource.progress, this.resolvedLocale)
        : hasEvents
          ? html`<div class="scroller" part="list">${this.groups.map((group) => yearSection(this.outline, group))}</div>
              ${this.renderShowMore()}`
          : hasErrors
            ? nothing
            : html`<p class="state" role="status">No events to show</p>`}
    </div>`;
  }

  private get outline(): ListOutlineContext {
    return {
      level: this.level,
      selectedId: this.selected,
      locale: this.resolvedLocale,
      onItemClick: (event) => this.onItemClick(event),
    };
  }

  private renderShowMore(): TemplateResult | typeof nothing {
    const hidden = this.result.events.length - this.shownCount;
    return showMoreButton(hidden, Math.min(hidden, PAGE_SIZE), this.resolvedLocale, () => this.showMore());
  }
}

/** True when the box clips its content and has more of it than it shows. */
function isScrollContainer(box: HTMLElement): boolean {
  if (box.scrollHeight <= box.clientHeight) return false;
  const overflow = getComputedStyle(box).overflowY;
  return overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden';
}
