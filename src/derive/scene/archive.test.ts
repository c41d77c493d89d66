import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parseScenarioJson } from '../../scenario/parse'
import type { Scenario } from '../../scenario/schema'
import { createTimeline, type SimEvent, type Timeline } from '../../sim'
import { recordFate } from '../recordFate'
import { archiveSpanAt, hasMotion } from './motion'
import { sceneAt, timelineOf } from './testScene'
import { transition } from './transition'
import type { Lane } from './types'

type SegmentDeleted = Extract<SimEvent, { type: 'segment.deleted' }>

/**
 * Golden 27: page-views is tiered (10 s on the broker's disk, 60 s in all); the job is rewound to
 * offset 0 at 41 s and the auditor seeks to the beginning and fetches at 45 s.
 */
function tieredScenario(): Scenario {
  const file = join(import.meta.dirname, '../../cli/__golden__/27-rewind-past-local-retention.json')
  const parsed = parseScenarioJson(readFileSync(file, 'utf8'))
  if (!parsed.ok) throw new Error('golden 27 does not parse')
  return parsed.value
}

const scenario = tieredScenario()
const timeline: Timeline = createTimeline(scenario)

function pageViews(t: number, labelPx = 12): Lane {
  const lane = sceneAt(timeline, t, { width: 1200, labelPx }).lanes.find(
    (l) => l.id === 'page-views-0',
  )
  if (lane === undefined) throw new Error('no page-views lane')
  return lane
}

describe('the scene of a tiered partition', () => {
  test('draws the segments only the archive holds apart from the local ones, all offsets in order', () => {
    const t = 45_000
    const lane = pageViews(t)
    const log = timeline.worldAt(t).topics.get('page-views')!.partitions[0]!
    expect(lane.localLogStartOffset).toBe(log.localLogStartOffset)
    expect(lane.localLogStartOffset).toBeGreaterThan(lane.logStartOffset)
    for (const s of lane.segments) expect(s.archived).toBe(s.baseOffset < log.localLogStartOffset)
    expect(lane.segments.filter((s) => s.archived).length).toBeGreaterThan(0)
    expect(lane.segments.filter((s) => !s.archived).map((s) => s.baseOffset)).toEqual(
      log.segments.map((s) => s.baseOffset),
    )
    // Every offset from the log start to the log end is a cell, whichever tier holds it.
    expect(lane.cells!.map((c) => c.offset)).toEqual(
      Array.from({ length: lane.logEndOffset - lane.logStartOffset }, (_, i) => i),
    )
    expect(lane.range.from).toBe(lane.logStartOffset)
    expect(lane.archive).toMatchObject({
      from: lane.logStartOffset,
      to: log.localLogStartOffset,
      label: `archive only: ${lane.logStartOffset}–${log.localLogStartOffset - 1}`,
    })
  })

  test('marks both log starts, and the auditor reading below the local log start reads the archive', () => {
    const lane = pageViews(45_000)
    const local = lane.localLogStartOffset!
    expect(lane.markers.find((m) => m.kind === 'logStart')?.label).toBe(
      `log start ${lane.logStartOffset}`,
    )
    expect(lane.markers.find((m) => m.kind === 'localStart')).toMatchObject({
      offset: local,
      label: `local log start ${local}`,
    })
    const auditor = lane.markers.find((m) => m.owner === 'auditor')!
    expect(auditor.offset).toBeLessThan(local)
    expect(auditor.inArchive).toBe(true)
    expect(auditor.behind).toBe(false)
    expect(auditor.label).toBe(`auditor at ${auditor.offset} · archive (slower)`)
  })

  test('a reader at or above the local log start reads the disk, as on an untiered topic', () => {
    // At 59 s the auditor's one fetch is long done and the job has caught up past the archive.
    const lane = pageViews(59_000)
    const task = lane.markers.find((m) => m.kind === 'task')!
    expect(task.offset).toBeGreaterThanOrEqual(lane.localLogStartOffset!)
    expect(task.inArchive).toBe(false)
    expect(task.label).not.toContain('archive')
  })

  test('no two labels collide, at the desk and at presenter size', () => {
    for (const labelPx of [12, 20, 28]) {
      const lane = pageViews(45_000, labelPx)
      expect(lane.labels.map((l) => l.markerId)).toContain(lane.archive!.id)
      for (const a of lane.labels) {
        for (const b of lane.labels) {
          if (a === b) continue
          const apart =
            a.box.x + a.box.width <= b.box.x ||
            b.box.x + b.box.width <= a.box.x ||
            a.box.y + a.box.height <= b.box.y ||
            b.box.y + b.box.height <= a.box.y
          expect(apart, `${a.text} / ${b.text} at ${labelPx}px`).toBe(true)
        }
      }
    }
  })

  test('a local copy deleted while archived is no ghost; the records stay as archived cells', () => {
    const t = 45_000
    const deletions = timeline
      .eventsUntil(t)
      .filter((e) => e.type === 'segment.deleted' && e.topic === 'page-views')
    expect(deletions.length).toBeGreaterThan(0)
    expect(deletions.every((e) => e.type === 'segment.deleted' && e.archived === true)).toBe(true)
    expect(pageViews(t).ghosts).toEqual([])
    // Stepping over a local deletion: no cell leaves, the segment only turns archived.
    const deletion = deletions[deletions.length - 1]!
    const before = sceneAt(timeline, deletion.time - 1, { width: 1200 })
    const after = sceneAt(timeline, deletion.time, { width: 1200 })
    const step = transition(
      before,
      after,
      timeline.eventsUntil(deletion.time).filter((e) => e.time >= deletion.time),
    )
    expect(step.leaving.filter((c) => c.laneId === 'page-views-0')).toEqual([])
  })

  test('a step over a local deletion turns that segment archived: it moves, and the archive bar grows', () => {
    const deletion = timeline
      .eventsUntil(scenario.durationMs)
      .filter((e): e is SegmentDeleted => e.type === 'segment.deleted' && e.topic === 'page-views')
      .at(-1)!
    const before = sceneAt(timeline, deletion.time - 1, { width: 1200 })
    const after = sceneAt(timeline, deletion.time, { width: 1200 })
    const events = timeline.eventsUntil(deletion.time).filter((e) => e.time === deletion.time)
    const step = transition(before, after, events)
    const id = `page-views-0@${deletion.baseOffset}`
    expect(step.archived).toEqual([id])
    expect(step.changed.has(id)).toBe(true)
    expect(hasMotion(before, after, step)).toBe(true)
    // Back in time, nothing is archived: the segment simply is local again.
    expect(transition(after, before, events).archived).toEqual([])

    const was = before.lanes.find((l) => l.id === 'page-views-0')!
    const is = after.lanes.find((l) => l.id === 'page-views-0')!
    const [start, end] = [was.archive!, is.archive!]
    expect(end.to).toBeGreaterThan(start.to)
    expect(archiveSpanAt(was, is, 0)).toEqual({ from: start.from, to: start.to })
    expect(archiveSpanAt(was, is, 1)).toBe(end)
    const half = archiveSpanAt(was, is, 0.5)!
    expect(half.to).toBeGreaterThan(start.to)
    expect(half.to).toBeLessThan(end.to)
  })

  test('an untiered lane has neither a local log start nor an archive', () => {
    const s = sceneAt(timeline, 45_000, { width: 1200 })
    const changelog = s.lanes.find((l) => l.topic !== 'page-views')!
    expect(changelog.localLogStartOffset).toBeNull()
    expect(changelog.archive).toBeNull()
    expect(changelog.markers.map((m) => m.kind)).not.toContain('localStart')
    expect(changelog.segments.every((s) => !s.archived)).toBe(true)
  })

  test("a record whose local copy went is not gone: its fate is the archive's", () => {
    const deleted = timeline
      .eventsUntil(scenario.durationMs)
      .find((e) => e.type === 'segment.deleted' && e.topic === 'page-views')
    expect(deleted).toMatchObject({ baseOffset: 0, archived: true })
    const fate = recordFate(scenario, { topic: 'page-views', partition: 0, offset: 0 })
    expect(fate.record?.offset).toBe(0)
    // The archive keeps 60 s and the scenario ends at 60 s: offset 0 is readable to the end.
    expect(
      timeline.eventsUntil(scenario.durationMs).some((e) => e.type === 'archive.segmentDeleted'),
    ).toBe(false)
    expect(fate.removedAt).toBeNull()
  })

  test('what the archive drops becomes a ghost, labelled as deleted from the archive', () => {
    const tiered = timelineOf({
      version: 3,
      name: 'short archive',
      durationMs: 20_000,
      broker: {
        'log.retention.check.interval.ms': 1_000,
        'log.initial.task.delay.ms': 1_000,
        'remote.log.manager.task.interval.ms': 1_000,
      },
      topics: [
        {
          name: 'events',
          config: {
            'remote.storage.enable': true,
            'retention.ms': 6_000,
            'local.retention.ms': 2_000,
            'segment.bytes': 3,
          },
        },
      ],
      producers: [
        {
          name: 'p',
          topic: 'events',
          recordsPerSecond: 1,
          keys: { count: 2, prefix: 'k', pick: 'sequential' },
        },
      ],
    })
    const dropped = tiered.eventsUntil(20_000).filter((e) => e.type === 'archive.segmentDeleted')
    expect(dropped.length).toBeGreaterThan(0)
    const first = dropped[0]!
    const lane = sceneAt(tiered, first.time).lanes[0]!
    const ghost = lane.ghosts.find((g) => g.baseOffset === first.baseOffset)
    expect(ghost?.label).toBe(`deleted from archive at ${first.time / 1000} s by retention.ms`)
    expect(ghost?.why).toContain('was deleted from the archive')
    expect(lane.logStartOffset).toBe(first.endOffset)
  })
})
