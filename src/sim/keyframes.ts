import { type CountedStorage, keyframeBytes } from './budget/keyframeMemory'
import type { World } from './world'

export interface Keyframe {
  readonly eventCount: number
  readonly time: number
  readonly world: World
}

/**
 * The timeline's keyframes in time order, within a memory bound: when their estimated storage
 * (`keyframeBytes`) goes over `maxBytes`, every other keyframe is dropped (never the first, at 0)
 * and keyframes are taken half as often from then on. Dropping one only makes a seek replay more
 * events from the keyframe before it, so a seek still equals a replay from 0.
 */
export interface KeyframeList {
  readonly items: readonly Keyframe[]
  /** Whether a keyframe is due `sinceLast` events after the last one (`costly`: after a pass). */
  isDue(sinceLast: number, costly: boolean): boolean
  add(keyframe: Keyframe): void
  /** The last keyframe with time ≤ t (keyframe 0 is at time 0). */
  atOrBefore(t: number): Keyframe
}

export function createKeyframeList(
  initial: readonly Keyframe[],
  every: number,
  maxBytes: number,
): KeyframeList {
  const items = initial.slice()
  let counted: CountedStorage = new Map()
  let bytes = 0
  let interval = every
  /** Events a keyframe after a costly event needs since the last one: 0 until the first thinning. */
  let costlySpacing = 0

  const measureAll = (): void => {
    counted = new Map()
    bytes = 0
    for (const k of items) bytes += keyframeBytes(k.world, counted)
  }
  measureAll()

  const thin = (): void => {
    const last = items[items.length - 1]
    const kept = items.filter((_, i) => i % 2 === 0)
    if (last && kept[kept.length - 1] !== last) kept.push(last)
    items.splice(0, items.length, ...kept)
    interval *= 2
    costlySpacing = Math.max(costlySpacing * 2, every)
    measureAll()
  }

  return {
    items,
    isDue: (sinceLast, costly) => sinceLast >= interval || (costly && sinceLast >= costlySpacing),
    add(keyframe) {
      items.push(keyframe)
      bytes += keyframeBytes(keyframe.world, counted)
      // Two keyframes (0 and the newest) are always kept, whatever they hold.
      while (bytes > maxBytes && items.length > 2) thin()
    },
    atOrBefore(t) {
      let lo = 0
      let hi = items.length - 1
      let found = 0
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const k = items[mid]
        if (k && k.time <= t) {
          found = mid
          lo = mid + 1
        } else {
          hi = mid - 1
        }
      }
      const keyframe = items[found]
      if (!keyframe) throw new Error('timeline has no keyframe')
      return keyframe
    },
  }
}
