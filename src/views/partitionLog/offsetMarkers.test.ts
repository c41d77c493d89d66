import { describe, expect, test } from 'vitest'
import { lessonById } from '../../lessons'
import { parseScenario } from '../../scenario/parse'
import { loadScenarioFile } from '../../scenario/testScenarios'
import { snapshotJob } from '../../sim'
import { partitionAt } from '../../derive/partitionAt'
import { worldAt } from '../../derive/simulation'
import { offsetMarkers, placeMarkers, stripHeight } from './offsetMarkers'

describe('offset markers', () => {
  test('mark each job task at its position with its last checkpoint', () => {
    const scenario = loadScenarioFile('parallel-rewind.json')
    const world = worldAt(scenario, 30_000)
    const partition = partitionAt(world, 'page-views', 0)!
    const markers = offsetMarkers(world, partition, 'page-views')
    for (const job of world.jobs.values()) {
      const input = snapshotJob(world, job)
        .tasks.flatMap((t) => t.inputs)
        .find((i) => i.topic === 'page-views' && i.partition === 0)
      if (input?.position === null || input === undefined) continue
      const marker = markers.find((m) => m.id.startsWith(`job:${job.app}:`))
      expect(marker, job.app).toMatchObject({
        offset: input.position,
        className: 'strip-marker--job',
      })
      expect(marker?.label).toBe(
        `${job.app} at ${input.position}` +
          (input.checkpointed === null ? '' : ` · checkpoint ${input.checkpointed}`),
      )
    }
    expect(markers.filter((m) => m.id.startsWith('job:')).length).toBeGreaterThan(0)
  })

  test('draw a reader below the log start offset at the log start, flagged', () => {
    // In the retention lesson, dashboard still stands at offset 3 when retention has moved on.
    const parsed = parseScenario(lessonById('time-retention')!.scenario)
    if (!parsed.ok) throw new Error('the lesson does not parse')
    const world = worldAt(parsed.value, 45_000)
    const partition = partitionAt(world, 'page-views', 0)!
    const dashboard = world.consumers.get('dashboard')!
    expect(dashboard.position).toBeLessThan(partition.logStartOffset)
    const marker = offsetMarkers(world, partition, 'page-views').find(
      (m) => m.id === 'consumer:dashboard',
    )
    expect(marker).toEqual({
      id: 'consumer:dashboard',
      label: `dashboard at ${dashboard.position} (below log start)`,
      offset: partition.logStartOffset,
      above: false,
      className: 'strip-marker--consumer strip-marker--behind',
    })
  })

  test('make the strip taller when labels stack beyond three rows', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({
      id: `consumer:c${i}`,
      label: `consumer-${i} at 5`,
      offset: 5,
      above: false,
      className: 'strip-marker--consumer',
    }))
    const placed = placeMarkers(many, { from: 0, to: 10 }, 400)
    const deepest = Math.max(...placed.map((p) => p.labelY))
    expect(stripHeight(placed)).toBe(deepest + 6)
    expect(stripHeight(placed.slice(0, 1))).toBeLessThan(stripHeight(placed))
  })
})
