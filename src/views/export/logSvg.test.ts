import { describe, expect, it } from 'vitest'
import { defaultScenario } from '../../scenario/builtin'
import { partitionAt } from '../../derive/partitionAt'
import { createTimeline } from '../../sim'
import { STRIP_PALETTES } from '../partitionLog/drawLogStrip'
import { keyColorsFor } from '../partitionLog/keyColor'
import { fullRange } from '../../derive/scene/stripModel'
import { logSvg } from './logSvg'

function pictureAt(time: number, scenarioName: string) {
  const world = createTimeline(defaultScenario).worldAt(time)
  const topic = 'user-profiles'
  const partition = partitionAt(world, topic, 0)
  if (partition === null) throw new Error('no partition')
  const svg = logSvg({
    scenarioName,
    time,
    topic,
    partition,
    world,
    range: fullRange(partition),
    colorOf: keyColorsFor(defaultScenario.producers),
    selectedOffset: null,
    width: 1200,
  })
  return { svg, partition }
}

describe('the exported log picture', () => {
  it('draws one cell per record, tombstones in their own colour, and the log’s figures', () => {
    const { svg, partition } = pictureAt(100_000, 'Class demo')
    const records = partition.segments.flatMap((s) => s.records)
    const tombstones = records.filter((r) => r.key !== null && r.value === null).length
    expect(tombstones).toBeGreaterThan(0)
    // Cells are the rects inside the strip that are neither segment bands nor legend swatches.
    const tombstoneCells =
      svg.match(new RegExp(`height="28" fill="${STRIP_PALETTES.light.tombstone}"`, 'g')) ?? []
    expect(tombstoneCells.length).toBe(tombstones)
    expect(svg).toContain(`log end ${partition.logEndOffset}`)
    expect(svg).toContain(`log start ${partition.logStartOffset}`)
    expect(svg).toContain('user-profiles partition 0 at 1 min 40 s')
  })

  it('names each key shown beside its colour when they are few enough', () => {
    const { svg, partition } = pictureAt(100_000, 'Class demo')
    const colorOf = keyColorsFor(defaultScenario.producers)
    const keys = new Set(
      partition.segments.flatMap((s) =>
        s.records.filter((r) => r.value !== null).map((r) => r.key),
      ),
    )
    expect(keys.size).toBeGreaterThan(1)
    for (const key of keys) {
      expect(svg).toMatch(
        new RegExp(`fill="${colorOf(key)}"/><text x="[\\d.]+" y="\\d+"[^>]*>${key}</text>`),
      )
    }
    expect(svg).not.toContain('colour = key')
  })

  it('holds only shapes and escaped text, whatever the scenario is called', () => {
    const hostile = '<script>alert(1)</script><foreignObject onload="x()"/><a href="https://evil">'
    const { svg } = pictureAt(60_000, hostile)
    // User text is escaped, so every `<` opens an element the export wrote.
    expect(svg).not.toMatch(/<script|<foreignObject|<a\b|<[^>]*\son\w+=|<[^>]*href=/i)
    expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62;')
    // Every element is one the export writes.
    const elements = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]))
    expect([...elements].sort()).toEqual(['g', 'line', 'path', 'rect', 'svg', 'text', 'title'])
  })
})
