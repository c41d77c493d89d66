import { describe, expect, it } from 'vitest'
import { scene } from '../../derive/scene'
import { lessonById } from '../../lessons'
import { defaultScenario } from '../../scenario/builtin'
import { createTimeline, isolate, type Timeline } from '../../sim'
import { keyColorsFor } from '../partitionLog/keyColor'
import { stageSvg } from './stageSvg'

const colorOf = keyColorsFor(defaultScenario.producers)

function pictureAt(timeline: Timeline, time: number, scenarioName: string) {
  const drawn = scene(timeline.worldAt(time), {
    width: 1200,
    labelPx: 12,
    history: timeline.eventsUntil(time),
    colorOf,
  })
  return { svg: stageSvg({ scene: drawn, scenarioName, time, labelPx: 12 }), drawn }
}

describe('the exported stage', () => {
  it('draws every lane with its records, tombstones in ink, and every marker label', () => {
    const { svg, drawn } = pictureAt(createTimeline(defaultScenario), 100_000, 'Class demo')
    expect(drawn.lanes.length).toBeGreaterThan(1)
    for (const lane of drawn.lanes) {
      expect(svg).toContain(`${lane.id} · ${lane.policy}`)
      for (const label of lane.labels)
        for (const line of label.lines) expect(svg).toContain(`>${line}</text>`)
    }
    const tombstones = drawn.lanes.flatMap((l) => l.cells ?? []).filter((c) => c.tombstone)
    expect(tombstones.length).toBeGreaterThan(0)
    for (const cell of tombstones) expect(svg).toContain(`>×${cell.offset}</text>`)
    expect(svg).toContain(`${isolate('Class demo')} at 1 min 40 s`)
  })

  it('names every key on the stage beside its colour in the legend', () => {
    const { svg, drawn } = pictureAt(createTimeline(defaultScenario), 100_000, 'Class demo')
    expect(drawn.keys.length).toBeGreaterThan(1)
    for (const { key, color } of drawn.keys) {
      expect(svg).toMatch(
        new RegExp(`fill="${color}"/><text x="[\\d.]+" y="[\\d.]+"[^>]*>${isolate(key)}</text>`),
      )
    }
  })

  it('draws a ghost of a deleted segment with its label, as lines and rects only', () => {
    const lesson = lessonById('time-retention')!
    const timeline = createTimeline(lesson.scenario)
    const deleted = timeline
      .eventsUntil(timeline.endTime)
      .find((e) => e.type === 'segment.deleted' && e.reason === 'retention.ms')!
    const { svg, drawn } = pictureAt(timeline, deleted.time, lesson.title)
    const ghost = drawn.lanes.flatMap((l) => l.ghosts)[0]!
    expect(svg).toContain(`>${ghost.label}</text>`)
  })

  it('holds only shapes and escaped text, whatever the scenario is called', () => {
    const hostile = '<script>alert(1)</script><foreignObject onload="x()"/><a href="https://evil">'
    const { svg } = pictureAt(createTimeline(defaultScenario), 60_000, hostile)
    // User text is escaped, so every `<` opens an element the export wrote.
    expect(svg).not.toMatch(/<script|<foreignObject|<a\b|<[^>]*\son\w+=|<[^>]*href=/i)
    expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62;')
    // Every element is one the export writes (paths only where there are ghosts, resets or columns).
    const elements = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]))
    const written = ['g', 'line', 'path', 'rect', 'svg', 'text', 'title']
    expect([...elements].filter((e) => e === undefined || !written.includes(e))).toEqual([])
    expect([...elements]).toEqual(expect.arrayContaining(['g', 'line', 'rect', 'svg', 'text']))
  })
})
