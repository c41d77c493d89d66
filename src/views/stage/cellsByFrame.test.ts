import { describe, expect, test } from 'vitest'
import { sceneAt, twoTopicsTimeline } from '../../derive/scene/testScene'
import { cellIdsOf, cellsForFrame, cellsLeftInFrame } from './cellsByFrame'

const twoTopics = twoTopicsTimeline()

const cellsPerLane = (ids: ReadonlySet<string>, lane: string): number =>
  [...ids].filter((id) => id.startsWith(`${lane}#`)).length

describe('the cells one frame of a drag adds', () => {
  const early = sceneAt(twoTopics, 2_000)
  const late = sceneAt(twoTopics, 10_000)
  const lateCells = cellIdsOf(late).size

  test('the scenes have cells in both lanes, more later than earlier', () => {
    expect(cellsPerLane(cellIdsOf(early), 'a-0')).toBeGreaterThan(0)
    expect(cellsPerLane(cellIdsOf(early), 'b-0')).toBeGreaterThan(0)
    expect(lateCells).toBeGreaterThan(cellIdsOf(early).size + 10)
  })

  test('cells on screen stay, and at most the budget joins them, top lane first', () => {
    const onScreen = cellIdsOf(early)
    const frame = cellsForFrame(late, onScreen, 5)
    const drawn = cellIdsOf(frame.scene)
    for (const id of onScreen) expect(drawn.has(id)).toBe(true)
    expect(drawn.size).toBe(onScreen.size + 5)
    expect(frame.added).toBe(5)
    expect(frame.missing).toBe(lateCells - drawn.size)
    // The five new cells are the first lane's, left to right: its next records after 2 s.
    const added = [...drawn].filter((id) => !onScreen.has(id))
    const nextOfA = late.lanes[0]?.cells?.filter((c) => !onScreen.has(c.id)).slice(0, 5)
    expect(added).toEqual(nextOfA?.map((c) => c.id))
  })

  test('frame after frame the picture fills up, and once whole it is the scene itself', () => {
    let drawn = cellIdsOf(early)
    let frames = 0
    for (;;) {
      const frame = cellsForFrame(late, drawn, 7)
      frames++
      drawn = cellIdsOf(frame.scene)
      if (frame.missing === 0) {
        expect(frame.scene).toBe(late)
        break
      }
      expect(frame.scene).not.toBe(late)
    }
    expect(drawn.size).toBe(lateCells)
    expect(frames).toBe(Math.ceil((lateCells - cellIdsOf(early).size) / 7))
  })

  test('a lane that lacks nothing keeps its object, so its drawing is not redone', () => {
    const laneA = late.lanes[0]!
    const onScreen = new Set(laneA.cells?.map((c) => c.id))
    const frame = cellsForFrame(late, onScreen, 1)
    expect(frame.scene.lanes[0]).toBe(laneA)
    expect(frame.scene.lanes[1]).not.toBe(late.lanes[1])
    expect(frame.scene.lanes[1]?.cells).toHaveLength(1)
  })

  test('cells that left the scene are not kept: a frame draws only the scene’s cells', () => {
    const frame = cellsForFrame(early, cellIdsOf(late), 0)
    expect(frame).toEqual({ scene: early, missing: 0, added: 0 })
  })

  test('a budget larger than what is missing adds only what is missing', () => {
    const frame = cellsForFrame(late, cellIdsOf(early), 10_000)
    expect(frame).toEqual({ scene: late, missing: 0, added: lateCells - cellIdsOf(early).size })
  })
})

describe('the new cells left to a frame', () => {
  test('a frame that drew none yet has the whole budget', () => {
    expect(cellsLeftInFrame({ frame: 3, added: 150 }, 4, 150)).toBe(150)
    expect(cellsLeftInFrame({ frame: 0, added: 0 }, 0, 150)).toBe(150)
  })

  test('renders of one frame share its budget, and never go below none', () => {
    expect(cellsLeftInFrame({ frame: 4, added: 100 }, 4, 150)).toBe(50)
    expect(cellsLeftInFrame({ frame: 4, added: 150 }, 4, 150)).toBe(0)
    expect(cellsLeftInFrame({ frame: 4, added: 180 }, 4, 150)).toBe(0)
  })
})
