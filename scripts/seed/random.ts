// A small seeded PRNG (sfc32) with the draws the demo-data generator needs: same seed, same data.
import { createHash } from 'node:crypto';

/** A weighted choice table: each entry is picked with probability weight / sum of weights. */
export type Weighted<T> = readonly (readonly [T, number])[];

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(a: number, b: number, c: number, d: number) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    // sfc32's first outputs are correlated with the seed words; its author discards a dozen.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /**
   * An independent stream per (seed, stream, key), e.g. (1, 'person', 42). Hashing the three
   * together means person 42's data never depends on how many people came before it or on
   * the chunk it was generated in.
   */
  static for(seed: number, stream: string, key: string | number): Random {
    const digest = createHash('sha256').update(`${seed}\u0000${stream}\u0000${key}`).digest();
    return new Random(digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12));
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`empty integer range [${min}, ${max}]`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('cannot pick from an empty list');
    return item;
  }

  weighted<T>(table: Weighted<T>): T {
    let total = 0;
    for (const [, weight] of table) total += weight;
    let draw = this.next() * total;
    for (const [value, weight] of table) {
      draw -= weight;
      if (draw < 0) return value;
    }
    const last = table[table.length - 1];
    if (last === undefined) throw new RangeError('cannot pick from an empty weighted table');
    return last[0];
  }

  /** A version-4-shaped UUID made from the stream, so ids are as reproducible as the rest. */
  uuid(): string {
    const hex = [this.nextUint32(), this.nextUint32(), this.nextUint32(), this.nextUint32()].map((word) => word.toString(16).padStart(8, '0')).join('');
    const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}
