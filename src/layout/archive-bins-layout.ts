/**
 * The horizontal layout of an archive's bins: when a windowed source's server answers a window with counts rather
 * than events, each lane draws the server's bins as count columns, as a local lane too crowded for its rows draws
 * its own. No event is placed; each column is a target that zooms into its bin.
 */
import type { ArchiveBin } from '../model/archive-window.js';
import { ENGLISH_PHRASES, type Phrases } from '../model/interface-phrases.js';
import type { Bucket } from './aggregation.js';
import { placeEras } from './eras.js';
import { HORIZONTAL } from './geometry.js';
import { binRate, countColumns } from './horizontal-clusters.js';
import { laneNameWidths, type HorizontalInput, type HorizontalLayout, type PlacedCluster, type PlacedLane } from './horizontal-layout.js';
import { laneName, OTHER_LANE, type Lane, type LaneMode } from './lanes.js';
import { axisTicks } from './ticks.js';
import type { TimeWindow } from './time-window.js';

/** Sized, named and measured as `layoutHorizontal`'s input; the bins and the real window instead of the events. */
export interface ArchiveBinsInput extends Pick<HorizontalInput, 'width' | 'height' | 'laneMode' | 'locale' | 'phrases' | 'measure' | 'eras' | 'maxRowsPerLane'> {
  bins: readonly ArchiveBin[];
  /** The lane keys in the order they keep (first met first); bins of other lanes follow. */
  laneOrder: readonly string[];
  /** The real window shown (an archive's axis has no breaks). */
  window: TimeWindow;
}

/** The fewest rows a lane of columns is drawn in: in one, a column has no height to show its count. */
const MIN_COLUMN_ROWS = 2;

/** The lanes of the bins, in the order kept, with their names and colours; one unnamed lane without lanes. */
function binLanes(bins: readonly ArchiveBin[], laneOrder: readonly string[], laneMode: LaneMode, phrases: Phrases): Lane[] {
  if (laneMode === 'none') return [{ key: '', label: '', colorIndex: -1 }];
  const present = new Set(bins.map((bin) => bin.lane));
  const keys = [...laneOrder.filter((key) => present.has(key)), ...[...present].filter((key) => !laneOrder.includes(key))];
  const named = keys.filter((key) => key !== OTHER_LANE);
  const lanes = named.map((key, index) => ({ key, label: key, colorIndex: index % 8 }));
  if (present.has(OTHER_LANE)) lanes.push({ key: OTHER_LANE, label: laneName(OTHER_LANE, phrases), colorIndex: -1 });
  return lanes.length ? lanes : [{ key: '', label: '', colorIndex: -1 }];
}

/** Bins of several lanes summed into one lane, by their span. */
function mergedBins(bins: readonly ArchiveBin[]): ArchiveBin[] {
  const bySpan = new Map<string, ArchiveBin>();
  for (const bin of bins) {
    const key = `${bin.start}:${bin.end}`;
    const kept = bySpan.get(key);
    if (kept) kept.count += bin.count;
    else bySpan.set(key, { ...bin, lane: '' });
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start);
}

/**
 * Lays out an archive's bins: each lane's rows (as many as a lane of count columns gets in `layoutHorizontal`)
 * and its bins in view as columns, as tall as they are crowded against the busiest in view, keyed by place so that
 * a zoom step updates them. A plot too low for a row per lane sums the lanes into one.
 */
export function layoutArchiveBins(input: ArchiveBinsInput): HorizontalLayout {
  const { window, width, height, laneMode, locale, measure, phrases = ENGLISH_PHRASES } = input;
  const bins = laneMode === 'none' ? mergedBins(input.bins) : input.bins;
  const lanes = binLanes(bins, input.laneOrder, laneMode, phrases);
  const eraStrip = input.eras?.length ? HORIZONTAL.eraStrip : 0;
  const laneGaps = (lanes.length - 1) * HORIZONTAL.laneGap;
  const maxRowsPerLane = input.maxRowsPerLane ?? Math.max(12, Math.floor(30 / lanes.length));
  const availableRows = Math.max(Math.floor((height - laneGaps - eraStrip) / HORIZONTAL.rowHeight), lanes.length);
  // Each lane wants the rows a lane of count columns wants. A plot too low for them gives every lane the same
  // share, so that columns of the same height mean the same rate in every lane; with too few rows to draw
  // columns in (a plot too low for a row per lane among them), the lanes are summed into one, which still asks
  // for the height its lanes want (as layoutHorizontal does), so that an element whose height follows its
  // content grows to them.
  const wanted = Math.min(Math.max(HORIZONTAL.aggregateRows, Math.floor(availableRows / lanes.length)), maxRowsPerLane);
  const wantedHeight = eraStrip + lanes.length * wanted * HORIZONTAL.rowHeight + laneGaps;
  const rows = Math.min(wanted, Math.floor(availableRows / lanes.length));
  if (lanes.length > 1 && rows < MIN_COLUMN_ROWS) return { ...layoutArchiveBins({ ...input, laneMode: 'none' }), wantedHeight };
  const pixelsPerMs = width / (window.end - window.start);
  const x = (time: number) => (time - window.start) * pixelsPerMs;
  const laneNumber = new Map(lanes.map((lane, number) => [lane.key, number]));
  const inView: Bucket[][] = lanes.map(() => []);
  for (const bin of bins) {
    if (!(bin.end > window.start && bin.start < window.end)) continue;
    // The bin's dates as a count column describes them: from its first day to its last.
    inView[laneNumber.get(bin.lane) ?? 0]!.push({ from: bin.start, to: bin.end, count: bin.count, firstStart: bin.start, lastStart: bin.end - 1 });
  }
  const busiest = Math.max(0, ...inView.flat().map(binRate));
  const names = laneNameWidths(lanes, laneMode, measure, width);
  const placedLanes: PlacedLane[] = [];
  const clusters: PlacedCluster[] = [];
  let top = eraStrip;
  lanes.forEach((lane, number) => {
    const laneBins = inView[number]!;
    placedLanes.push({ lane, y: top, height: rows * HORIZONTAL.rowHeight, rows, nameWidth: names[number]!, peakCount: Math.max(0, ...laneBins.map((bin) => bin.count)) });
    const columns = countColumns(laneBins, { laneKey: lane.key, lane: number, top, bottom: top + rows * HORIZONTAL.rowHeight - HORIZONTAL.laneGap, overlay: false, busiest, x });
    for (const column of columns) clusters.push({ ...column, remote: true });
    top += rows * HORIZONTAL.rowHeight + (number < lanes.length - 1 ? HORIZONTAL.laneGap : 0);
  });
  return {
    laneMode,
    events: [],
    clusters,
    crowdMarks: [],
    lanes: placedLanes,
    ticks: axisTicks(window, width, locale, 64),
    breaks: [],
    eras: placeEras(input.eras, x, width),
    eraStrip,
    height: top,
    wantedHeight,
  };
}
