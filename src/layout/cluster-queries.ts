/**
 * What a placed cluster of the horizontal layout holds: its events (found on demand for a count column, which
 * may hold thousands), the stretch of time it covers, and whether it holds a given event.
 */
import { bucketHolds, bucketMembers } from './aggregation.js';
import type { PlacedCluster } from './horizontal-layout.js';
import type { LaneMode } from './lanes.js';
import type { TimeWindow } from './time-window.js';
import type { EventIndex } from './visible-events.js';

/**
 * The orders of a cluster's events, in time order; for a bucket, at most `limit` of them, the earliest.
 * `window` is the real window shown (unfolded).
 */
export function clusterMembers(cluster: PlacedCluster, index: EventIndex, laneMode: LaneMode, window: TimeWindow, limit = Infinity): number[] {
  if (cluster.orders) return cluster.orders;
  // A server's bin: its events are not loaded.
  if (!cluster.bucket || cluster.remote) return [];
  return bucketMembers(index.lanes(laneMode).spans[cluster.lane]!, cluster.bucket, window, limit);
}

/** The stretch of time a cluster covers: its bucket's, or from its first event's start to its events' last end. */
export function clusterSpan(cluster: PlacedCluster, index: EventIndex): TimeWindow {
  let start = cluster.bucket?.from ?? Infinity;
  let end = cluster.bucket?.to ?? -Infinity;
  for (const order of cluster.orders ?? []) {
    start = Math.min(start, index.starts[order]!);
    end = Math.max(end, index.ends[order]!);
  }
  return { start, end };
}

/** True when the event at `order` is folded into the cluster. */
export function clusterHolds(cluster: PlacedCluster, order: number, index: EventIndex, laneMode: LaneMode, window: TimeWindow): boolean {
  if (cluster.orders) return cluster.orders.includes(order);
  if (!cluster.bucket || cluster.remote || order < 0 || order >= index.size) return false;
  return index.lanes(laneMode).laneOf[order] === cluster.lane && bucketHolds(cluster.bucket, window, index.starts[order]!, index.ends[order]!);
}

