import { describe, expect, test } from 'vitest'
import type { Lane, Scene, SceneSelection } from '../../derive/scene'
import { SHORT_STORE_ROWS, selectionThatFits, WHOLE_FIT } from './fitSelection'

const LANE_PX = 100
const JOBS_PX = 150
/** The jobs' row with its stores shortened to SHORT_STORE_ROWS entries. */
const SHORT_JOBS_PX = 90
const IDS = ['in-0', 'changelog-0', 'out-0', 'out-v2-0']

/**
 * A stand-in for the scene: each lane drawn is 100 px tall, the jobs' row 150 (90 shortened), its
 * job's store holding `storeSize` keys (6, more than a shortened box lists).
 */
function build(shown: SceneSelection, storeSize = 6): Scene {
  const lanes = IDS.filter((id) => shown.lanes === null || shown.lanes.has(id)).map(
    (id) => ({ id, topic: id.replace(/-\d+$/, '') }) as Lane,
  )
  const jobs = shown.jobs ? [{ id: 'job', storeSize }] : []
  return {
    lanes,
    jobs,
    height: lanes.length * LANE_PX + (shown.jobs ? jobsPx(shown) : 0),
  } as unknown as Scene
}

function jobsPx(shown: SceneSelection): number {
  return shown.storeRows === SHORT_STORE_ROWS ? SHORT_JOBS_PX : JOBS_PX
}

describe('what of the stage a frame too short for all of it draws', () => {
  test('the whole stage when it fits', () => {
    expect(selectionThatFits(build, 4 * LANE_PX + JOBS_PX, 'out-0', 30)).toBe(WHOLE_FIT)
  })

  test('the focused lane first, then the jobs, then the lanes nearest it; the rest is named', () => {
    const fitted = selectionThatFits(build, 2 * LANE_PX + JOBS_PX + 30, 'out-0', 30)
    expect([...(fitted.shown.lanes ?? [])].sort()).toEqual(['changelog-0', 'out-0'])
    expect(fitted.shown.jobs).toBe(true)
    expect(fitted.lanesLeftOut).toEqual(['in-0', 'out-v2-0'])
    expect(fitted.jobsLeftOut).toBe(false)
    expect(build(fitted.shown).height).toBeLessThanOrEqual(2 * LANE_PX + JOBS_PX)
  })

  test('after the jobs, the lanes of the topics the step names, before lanes nearer the focus', () => {
    const fitted = selectionThatFits(
      build,
      2 * LANE_PX + JOBS_PX + 30,
      'out-0',
      30,
      new Set(['in']),
    )
    expect([...(fitted.shown.lanes ?? [])].sort()).toEqual(['in-0', 'out-0'])
    expect(fitted.shown.jobs).toBe(true)
    expect(fitted.lanesLeftOut).toEqual(['changelog-0', 'out-v2-0'])
  })

  test("in a branch without the focused lane, the step's first named lane takes its place", () => {
    // The other branch's world made a topic (`gone-0`) this one never had.
    const fitted = selectionThatFits(build, LANE_PX + 30, 'gone-0', 30, new Set(['out']))
    expect([...(fitted.shown.lanes ?? [])]).toEqual(['out-0'])
    expect(fitted.lanesLeftOut).toEqual(['in-0', 'changelog-0', 'out-v2-0'])
  })

  test('a lane that fits where the jobs do not is still drawn', () => {
    const fitted = selectionThatFits(build, 2 * LANE_PX + 30, 'in-0', 30)
    expect([...(fitted.shown.lanes ?? [])].sort()).toEqual(['changelog-0', 'in-0'])
    expect(fitted.jobsLeftOut).toBe(true)
  })

  test('the focused lane alone, even when it does not fit; the first lane when none is focused', () => {
    expect([...(selectionThatFits(build, 50, 'out-v2-0', 30).shown.lanes ?? [])]).toEqual([
      'out-v2-0',
    ])
    expect([...(selectionThatFits(build, 50, 'gone-0', 30).shown.lanes ?? [])]).toEqual(['in-0'])
  })

  test('a lane that fits once the stores list fewer entries is drawn, not left beside empty space', () => {
    // Room for three lanes and the shortened jobs' row, not for three lanes and the full one.
    const fitted = selectionThatFits(build, 3 * LANE_PX + SHORT_JOBS_PX + 30, 'out-0', 30)
    expect(fitted.shown).toMatchObject({ jobs: true, storeRows: SHORT_STORE_ROWS })
    expect(fitted.lanesLeftOut).toHaveLength(1)
  })

  test('the stores keep every entry they can when shortening them draws no more lanes', () => {
    const fitted = selectionThatFits(build, 2 * LANE_PX + JOBS_PX + 30, 'out-0', 30)
    expect(fitted.shown.storeRows).toBeUndefined()
  })

  test('the whole stage with shortened stores when that fits, with nothing named as left out', () => {
    const fitted = selectionThatFits(build, 4 * LANE_PX + SHORT_JOBS_PX, 'out-0', 30)
    expect(fitted.shown).toEqual({ lanes: null, jobs: true, storeRows: SHORT_STORE_ROWS })
    expect(fitted.lanesLeftOut).toEqual([])
  })

  test('stores no longer than a shortened box are never built shortened: it would change nothing', () => {
    const asked: SceneSelection[] = []
    const fewKeys = (shown: SceneSelection): Scene => {
      asked.push(shown)
      return build(shown, SHORT_STORE_ROWS)
    }
    const fitted = selectionThatFits(fewKeys, 2 * LANE_PX + JOBS_PX + 30, 'out-0', 30)
    expect(fitted.shown.storeRows).toBeUndefined()
    expect(asked.length).toBeGreaterThan(1)
    expect(asked.filter((shown) => shown.storeRows !== undefined)).toEqual([])
  })
})
