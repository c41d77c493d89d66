import { describe, expect, test } from 'vitest'
import { sceneAt, twoTopicsTimeline } from '../../derive/scene/testScene'
import { keepsEveryHeldLane } from './heldLanes'

const twoTopics = twoTopicsTimeline()

describe('whether lanes held before are all still held', () => {
  const [a, b] = sceneAt(twoTopics, 2_000).lanes
  const [laterA] = sceneAt(twoTopics, 5_000).lanes
  if (a === undefined || b === undefined || laterA === undefined) throw new Error('two lanes')
  const holding = (...lanes: (typeof a)[]) => new Map(lanes.map((l) => [l.id, l]))

  test('holding nothing before: any lanes held after change nothing', () => {
    expect(keepsEveryHeldLane(null, null)).toBe(true)
    expect(keepsEveryHeldLane(null, holding(a, b))).toBe(true)
  })

  test('holding more lanes, or the same ones, keeps every lane', () => {
    expect(keepsEveryHeldLane(holding(a), holding(a, b))).toBe(true)
    expect(keepsEveryHeldLane(holding(a, b), holding(a, b))).toBe(true)
  })

  test('a lane let go, or the drag ended, does not', () => {
    expect(keepsEveryHeldLane(holding(a, b), holding(a))).toBe(false)
    expect(keepsEveryHeldLane(holding(a), null)).toBe(false)
  })

  test('a lane held as it was drawn at another time is not the lane held before', () => {
    expect(laterA.id).toBe(a.id)
    expect(keepsEveryHeldLane(holding(a), holding(laterA))).toBe(false)
  })
})
