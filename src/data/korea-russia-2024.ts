import type { TimelineDataset } from '../model/schema.js';
import dataset from '../../data/korea-russia-2024.json' with { type: 'json' };

/** The seed dataset: North Korea, Russia and the war in Ukraine, 2000–2024 (see data/README.md). */
export const koreaRussia2024: TimelineDataset = dataset as TimelineDataset;
export default koreaRussia2024;
