import { describe, expect, test } from 'vitest'
import type { Timeline } from '../../sim'
import { lessonTimeline, sceneAt } from './testScene'
import { transition } from './transition'

/** The transition from `t0` to `t1`, with the events in (t0, t1] between them. */
function step(timeline: Timeline, t0: number, t1: number, width = 900) {
  const before = sceneAt(timeline, t0, { width })
  const after = sceneAt(timeline, t1, { width })
  const between = timeline.eventsUntil(Math.max(t0, t1)).filter((e) => e.time > Math.min(t0, t1))
  return { before, after, change: transition(before, after, between) }
}

describe('transition between two scenes', () => {
  test('appended records appear and the log end marker glides to the new end', () => {
    const timeline = lessonTimeline('the-log')
    const { before, after, change } = step(timeline, 3_000, 6_000)
    const appended = after.lanes.flatMap((lane) => {
      const old = before.lanes.find((l) => l.id === lane.id)!
      return (lane.cells ?? []).filter((c) => c.offset >= old.logEndOffset).map((c) => c.id)
    })
    expect(appended.length).toBeGreaterThan(0)
    expect(change.appeared.map((a) => a.cell.id).sort()).toEqual(appended.sort())
    expect(change.leaving).toEqual([])
    for (const lane of after.lanes) {
      const old = before.lanes.find((l) => l.id === lane.id)!
      const end = change.markers.find((m) => m.id === `${lane.id}:logEnd`)!
      expect(end).toMatchObject({ from: old.logEndOffset, to: lane.logEndOffset })
      if (old.logEndOffset !== lane.logEndOffset) expect(change.changed.has(end.id)).toBe(true)
    }
  })

  test('a retention deletion turns the deleted records into a ghost, and the log start moves', () => {
    const { change } = step(lessonTimeline('time-retention'), 34_000, 35_000)
    const deleted = change.leaving.filter((l) => l.laneId === 'page-views-0')
    expect(deleted.map((l) => [l.cell.offset, l.cause])).toEqual(
      [0, 1, 2, 3, 4, 5].map((o) => [o, 'deleted']),
    )
    expect(change.newGhosts.map((g) => [g.ghost.baseOffset, g.ghost.endOffset])).toEqual([[0, 6]])
    expect(change.markers.find((m) => m.id === 'page-views-0:logStart')).toMatchObject({
      from: 0,
      to: 6,
    })
  })

  test('records removed by a cleaner pass fade into gaps: as many as the pass removed', () => {
    const timeline = lessonTimeline('log-compaction')
    const pass = timeline
      .eventsUntil(timeline.endTime)
      .find((e) => e.type === 'cleaner.pass' && e.recordsRemoved > 0)
    if (pass?.type !== 'cleaner.pass') throw new Error('the lesson has no cleaning pass')
    const { after, change } = step(timeline, pass.time - 1, pass.time, 1600)
    const lane = after.lanes.find((l) => l.id === `${pass.topic}-${pass.partition}`)!
    const cleaned = change.leaving.filter((l) => l.laneId === lane.id)
    expect(cleaned.length).toBe(pass.recordsRemoved)
    for (const { cell, cause } of cleaned) {
      expect(cause).toBe('cleaned')
      expect(cell.offset).toBeGreaterThanOrEqual(lane.logStartOffset)
      expect(lane.cells!.some((c) => c.offset === cell.offset)).toBe(false)
    }
  })

  test('an OFFSET_OUT_OF_RANGE between the two times is an arrow from the offset asked for', () => {
    const timeline = lessonTimeline('time-retention')
    const reset = timeline
      .eventsUntil(timeline.endTime)
      .find((e) => e.type === 'consumer.offsetOutOfRange')
    if (reset?.type !== 'consumer.offsetOutOfRange') throw new Error('no reset in the lesson')
    const { change } = step(timeline, reset.time - 1, reset.time)
    expect(change.resets).toContainEqual(
      expect.objectContaining({
        reader: reset.consumer,
        requested: reset.position,
        resetTo: reset.newPosition,
      }),
    )
    const quiet = step(timeline, reset.time, reset.time + 1)
    expect(quiet.change.resets).toEqual([])
  })

  test('store values that change tick: the job, the key, the old and the new value', () => {
    const timeline = lessonTimeline('stream-job')
    const { before, after, change } = step(timeline, 5_000, 8_000)
    expect(change.store.length).toBeGreaterThan(0)
    for (const c of change.store) {
      const old = before.jobs.find((j) => j.id === c.job)?.store.find((e) => e.key === c.key)
      const now = after.jobs.find((j) => j.id === c.job)?.store.find((e) => e.key === c.key)
      expect(c.from).toBe(old?.value ?? null)
      expect(c.to).toBe(now?.value)
      expect(c.to).not.toBe(c.from)
      expect(change.changed.has(c.id)).toBe(true)
    }
  })

  test("an output's newest value per key is highlighted where the step changed or added it, only there", () => {
    const timeline = lessonTimeline('parallel-rewind')
    // page-counter_2 catches up between 10 s and 20 s; page-counts gains a count or two per key.
    const { before, after, change } = step(timeline, 10_000, 20_000, 2_000)
    let highlighted = 0
    for (const lane of after.lanes) {
      if (lane.newest === null) continue
      const was = before.lanes.find((l) => l.id === lane.id)?.newest?.entries ?? []
      for (const entry of lane.newest.entries) {
        const old = was.find((e) => e.key === entry.key)
        expect(change.changed.has(entry.id)).toBe(old?.text !== entry.text)
        if (change.changed.has(entry.id)) highlighted++
      }
    }
    expect(highlighted).toBeGreaterThan(0)
    expect(step(timeline, 20_000, 20_000, 2_000).change.changed.size).toBe(0)
  })

  test('stepping back in time deletes nothing: later records are unwritten, ghosts come back', () => {
    const { change } = step(lessonTimeline('time-retention'), 35_000, 30_000)
    expect(change.backwards).toBe(true)
    expect(change.leaving.every((l) => l.cause === 'unwritten')).toBe(true)
    expect(change.resets).toEqual([])
    const back = change.appeared
      .filter((a) => a.laneId === 'page-views-0')
      .map((a) => a.cell.offset)
    expect(back).toEqual([0, 1, 2, 3, 4, 5])
  })

  test('a scene and itself: nothing moves and nothing is highlighted', () => {
    const timeline = lessonTimeline('parallel-rewind')
    const { change } = step(timeline, 40_000, 40_000)
    expect(change.appeared).toEqual([])
    expect(change.leaving).toEqual([])
    expect(change.changed.size).toBe(0)
    expect(change.markers.every((m) => m.from === m.to)).toBe(true)
  })
})
