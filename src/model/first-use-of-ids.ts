// Which event first used each id, for a reading's check that ids are unique. A Map of a million new strings cost
// 1.4–2.6 s of a million events' reading here (its growth, and the collector moving it while everything else is
// young); this table is sized once for the list, holds numbers, and is dropped when the reading ends.

/** How far one id's probe may run before the id is kept in a Map instead (ids made to collide cost no more than a Map). */
const MAX_PROBE = 32;

export class FirstUseOfIds {
  /** Per slot: 1 + the id's position in `ids`, or 0 when free. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly ids: string[] = [];
  private readonly firstIndices: number[] = [];
  /** Ids whose probe ran past `MAX_PROBE`, by the index that first used them. */
  private readonly overflow = new Map<string, number>();
  /** FNV-1a from a basis of the page's own, so that no list of ids collides everywhere. */
  private readonly basis = (Math.random() * 2 ** 32) >>> 0;

  /** A table for about `expected` ids (more still work, in the Map). */
  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The index of the event that first used `id`; undefined when none did, and then `index` is its first use. */
  claim(id: string, index: number): number | undefined {
    let hash = this.basis;
    for (let at = 0; at < id.length; at++) hash = Math.imul(hash ^ id.charCodeAt(at), 16777619);
    const probes = Math.min(MAX_PROBE, this.slots.length);
    for (let probe = 0, slot = hash & this.mask; probe < probes; probe++, slot = (slot + 1) & this.mask) {
      const held = this.slots[slot]!;
      if (held === 0) {
        this.slots[slot] = this.ids.push(id);
        this.firstIndices.push(index);
        return undefined;
      }
      if (this.ids[held - 1] === id) return this.firstIndices[held - 1];
    }
    const earlier = this.overflow.get(id);
    if (earlier === undefined) this.overflow.set(id, index);
    return earlier;
  }
}
