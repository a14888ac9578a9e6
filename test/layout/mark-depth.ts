/** The rows a set of marks needs at least, shared by the packing and layout tests. */

/** How many marks (each with the gap after it) stand over the most crowded point: the rows they need at least. */
export function marksDeep(marks: readonly { markStart: number; markEnd: number }[], gap: number): number {
  const edges = marks.flatMap((mark) => [
    [mark.markStart, 1],
    [mark.markEnd + gap, -1],
  ]);
  edges.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  let depth = 0;
  let deepest = 0;
  for (const [, change] of edges) deepest = Math.max(deepest, (depth += change!));
  return deepest;
}
