import { describe, expect, it } from 'vitest'
import { parseScenarioDocument } from '../../branches'
import { SCENARIO_VERSION } from '../../schema'
import { decodeLink, openEnvelope, readFragmentFields } from '../fragment'
import corpus from './corpus.json' with { type: 'json' }
import { linkWorldFacts } from './worldFacts'

/**
 * The frozen corpus of share links written by earlier versions of the app (scripts/old-links).
 * Each must still open, and reach the world it reached when the corpus was made: a migration that
 * changes what an old link means fails here. The corpus is never regenerated to make this pass.
 */
describe('old share links', () => {
  it('hold links of every format this build reads, written by the versions that wrote them', async () => {
    const formats = new Set(corpus.map((entry) => entry.format))
    expect([...formats].sort()).toEqual(Array.from({ length: SCENARIO_VERSION }, (_, i) => i + 1))
    for (const entry of corpus) {
      const document = await documentOf(entry.link)
      expect(document['version'], entry.name).toBe(entry.format)
    }
    // Format 2 exists only for branches; lessons and edited scenarios come in every older format.
    expect(corpus.filter((e) => e.format === 2).every((e) => e.worlds.some((w) => w.branch))).toBe(
      true,
    )
    for (const format of [1, 3]) {
      const names = corpus.filter((e) => e.format === format).map((e) => e.name)
      expect(names.filter((name) => name.startsWith('lesson ')).length, `format ${format}`).toBe(10)
      expect(names, `format ${format}`).toContain('edited restarts')
    }
  })

  it.each(corpus.map((entry) => [`${entry.name} (format ${entry.format})`, entry] as const))(
    '%s opens and reaches the worlds it reached when it was written',
    async (_, entry) => {
      const decoded = await decodeLink(entry.link)
      if (!decoded.ok) throw new Error(`does not open: ${JSON.stringify(decoded.problem)}`)
      const times = [...new Set(entry.worlds.map((world) => world.at))]
      expect(linkWorldFacts(decoded.value, times)).toEqual(entry.worlds)
    },
  )

  it('would catch a migration that stopped carrying a restart’s settings', async () => {
    // Read as if written today (no migration), the older restarts links reach other worlds: the
    // corpus sees the difference that completeStarts exists to keep.
    const older = corpus.filter((e) => e.name.startsWith('edited restarts') && e.format < 3)
    expect(older.map((e) => e.format).sort()).toEqual([1, 2])
    for (const entry of older) {
      const unmigrated = parseScenarioDocument({
        ...(await documentOf(entry.link)),
        version: SCENARIO_VERSION,
      })
      if (!unmigrated.ok) throw new Error('should parse as format 3')
      const { scenario, branches } = unmigrated.value
      const state = branches === null ? { scenario } : { scenario, branches }
      const times = [...new Set(entry.worlds.map((world) => world.at))]
      const facts = linkWorldFacts({ ...state, cursorMs: 0, view: '' }, times)
      expect(facts, entry.name).not.toEqual(entry.worlds)
    }
  })
})

async function documentOf(link: string): Promise<Record<string, unknown>> {
  const opened = await openEnvelope(readFragmentFields(link).get('s'))
  if (!opened.ok) throw new Error(`the envelope does not open: ${opened.problem.kind}`)
  return JSON.parse(opened.json) as Record<string, unknown>
}
