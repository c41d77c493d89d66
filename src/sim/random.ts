/**
 * Seeded pseudo-random numbers for the simulation core: xoshiro128** seeded through SplitMix32.
 *
 * The generator is part of the share-link format (an old link must replay identically forever), so it
 * is our own code, uses only 32-bit integer arithmetic (`Math.imul`, `>>>`) and never changes.
 * Its state is four uint32 words, so worlds can be copied cheaply.
 */
/** The generator's four uint32 words; advanced in place (copy it with `slice` to fork a world). */
export type RngState = [number, number, number, number]

/** SplitMix32 step: returns the next value and the advanced seed. */
function splitMix32(seed: number): [value: number, next: number] {
  const next = (seed + 0x9e3779b9) | 0
  let z = next
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
  return [(z ^ (z >>> 16)) >>> 0, next]
}

/** Creates a generator state from a seed and a stream id, so each producer gets its own stream. */
export function createRng(seed: number, stream = 0): RngState {
  let s = (seed ^ Math.imul(stream + 1, 0x27d4eb2f)) | 0
  const words: number[] = []
  for (let i = 0; i < 4; i++) {
    const [value, next] = splitMix32(s)
    words.push(value)
    s = next
  }
  const [a = 1, b = 0, c = 0, d = 0] = words
  // xoshiro must not start from the all-zero state.
  return a === 0 && b === 0 && c === 0 && d === 0 ? [1, 0, 0, 0] : [a, b, c, d]
}

/** Mutates `state`: advances the generator and returns a uint32 (xoshiro128**). */
export function nextUint32InPlace(state: RngState): number {
  // Indexed reads: destructuring goes through the array iterator, 5% of a 1M-record bench.
  const s0 = state[0]
  const s1 = state[1]
  const s2 = state[2]
  const s3 = state[3]
  const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0
  const t = s1 << 9
  const n2 = s2 ^ s0
  const n3 = s3 ^ s1
  state[0] = (s0 ^ n3) >>> 0
  state[1] = (s1 ^ n2) >>> 0
  state[2] = (n2 ^ t) >>> 0
  state[3] = rotl(n3, 11) >>> 0
  return result
}

/** Mutates `state`: a uniform integer in [0, bound), using only exactly-rounded arithmetic. */
export function nextIntInPlace(state: RngState, bound: number): number {
  return Math.floor((nextUint32InPlace(state) / 4294967296) * bound)
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k))
}
