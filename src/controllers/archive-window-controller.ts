import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LaneMode } from '../layout/lanes.js';
import type { TimeWindow } from '../layout/time-window.js';
import type { ArchiveAnswer } from '../model/archive-window.js';
import type { NormalizedEvent } from '../model/types.js';
import type { ArchiveWindows } from './archive-windows.js';

/** What the controller reads of its host at each update. */
export interface ArchiveViewInputs {
  /** The real time shown. */
  view: TimeWindow;
  plotWidth: number;
  lanes: LaneMode;
}

/** What the controller tells its host. */
export interface ArchiveHost {
  /** A new answer to draw; `first` for the archive's first, which decides the first view. */
  draw(answer: ArchiveAnswer, first: boolean): void;
  /** A request failed: what is drawn stays. */
  failed(message: string): void;
  /** An event asked for by its id has come. */
  found(event: NormalizedEvent): void;
}

/**
 * A windowed source: a `src` template with `{start}` and `{end}` (model/window-template.ts) names an archive on a
 * server, asked for the window in view as the reader zooms and pans. Few stories have one, so its requests and
 * the layout of its bins (archive-windows.ts) load on demand, as a chunk beside the script, when a template is
 * followed; this controller owns them and hands them the host's lifecycle.
 */
export class ArchiveWindowController implements ReactiveController {
  private template?: string;
  private windows?: ArchiveWindows;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly inputs: () => ArchiveViewInputs,
    private readonly archiveHost: ArchiveHost,
  ) {
    host.addController(this);
  }

  /** True when the source is a window template. */
  get active(): boolean {
    return this.template !== undefined;
  }

  /** True while the first answer, or a window's, is awaited. */
  get loading(): boolean {
    return this.active && (this.windows?.loading ?? true);
  }

  /** The answer drawn now. */
  get answer(): ArchiveAnswer | undefined {
    return this.active ? this.windows?.answer : undefined;
  }

  /** The message of the last request that failed, until an answer comes. */
  get failure(): string | undefined {
    return this.active ? this.windows?.failure : undefined;
  }

  /** The span of the whole archive, once an answer has told it. */
  get extent(): TimeWindow | undefined {
    return this.answer?.archive;
  }

  /** The layout of a window's bins, once loaded. */
  get layOutBins(): ArchiveWindows['layOutBins'] | undefined {
    return this.windows?.layOutBins;
  }

  countIn(view: TimeWindow): number | undefined {
    return this.answer && this.windows?.countIn(view);
  }

  /** For a view the answer drawn has nothing in: where the nearest items lie (`nearestInArchive`); else undefined. */
  beyond(view: TimeWindow): { earlier?: number; later?: number } | undefined {
    return this.answer && this.windows?.countIn(view) === 0 ? this.windows.nearest(view) : undefined;
  }

  laneOrder(mode: LaneMode): readonly string[] {
    return this.windows?.laneOrder(mode) ?? [];
  }

  eventById(id: string): NormalizedEvent | undefined {
    return this.active ? this.windows?.eventById(id) : undefined;
  }

  fetchEvent(id: string): Promise<void> {
    return this.windows?.fetchEvent(id) ?? Promise.resolve();
  }

  /** Follows a window template, loading the requests first if they are not yet; or none. */
  follow(template: string | undefined): void {
    this.template = template;
    if (this.windows || !template) {
      this.windows?.follow(template);
      return;
    }
    this.host.requestUpdate();
    void import('./archive-windows.js').then(
      ({ ArchiveWindows }) => {
        this.windows ??= new ArchiveWindows(this.host, this.inputs, this.archiveHost);
        this.windows.follow(this.template);
      },
      () => this.archiveHost.failed('could not load the part of the timeline that reads an archive'),
    );
  }

  hostConnected(): void {
    if (this.active) this.windows?.connected();
  }

  hostDisconnected(): void {
    this.windows?.disconnected();
  }

  hostUpdate(): void {
    if (this.active) this.windows?.update();
  }
}
