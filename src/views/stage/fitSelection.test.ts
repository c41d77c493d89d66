import { describe, expect, test } from 'vitest'
import type { Lane, Scene, SceneSelection } from '../../derive/scene'
import { selectionThatFits, WHOLE_FIT } from './fitSelection'

const LANE_PX = 100
const JOBS_PX = 150
const IDS = ['in-0', 'changelog-0', 'out-0', 'out-v2-0']

/** A stand-in for the scene: each lane drawn is 100 px tall, the jobs' row 150. */
function build(shown: SceneSelection): Scene {
  const lanes = IDS.filter((id) => shown.lanes === null || shown.lanes.has(id)).map(
    (id) => ({ id }) as Lane,
  )
  const jobs = shown.jobs ? [{ id: 'job' }] : []
  return {
    lanes,
    jobs,
    height: lanes.length * LANE_PX + (shown.jobs ? JOBS_PX : 0),
  } as unknown as Scene
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
})
