/**
 * The seed story (North Korea, Russia and the war in Ukraine) as the horizontal layout tests read it: its
 * index, the axis breaks the element finds for it, the window it opens on, and a deterministic text measure.
 */
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { findBreaks, type TimeFold } from '../../src/layout/axis-breaks.js';
import { fitWindow, type TimeWindow } from '../../src/layout/time-window.js';
import type { TextStyle } from '../../src/layout/text-style.js';
import { EventIndex } from '../../src/layout/visible-events.js';
import { parseDataset } from '../../src/model/parse-dataset.js';

export const seed = parseDataset(koreaRussia2024);
export const seedIndex = new EventIndex(seed.events);
export const seedFold: TimeFold = findBreaks(seedIndex.starts, seedIndex.ends);

/** The window an element opens on: the events' span in folded time, fitted as `fit()` does. */
export function openingWindow(index: EventIndex, fold: TimeFold): TimeWindow {
  return fitWindow(fold.foldWindow(index.extent!));
}

/** Seven pixels a character, a tenth wider in bold: what the tests measure text with. */
export function measure(text: string, style?: TextStyle): number {
  return text.length * 7 * (style === 'strong' ? 1.1 : 1);
}

/** The plot of a 1000 px wide element: its width less the 16 px gutters. */
export const PLOT_OF_1000 = 968;
