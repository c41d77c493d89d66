/**
 * Builds the frozen corpus of old share links (src/scenario/link/oldLinks/corpus.json), once.
 *
 * Each link is written by the code of the commit that wrote its format: `writeLinks.ts` runs in a
 * `git archive` copy of each commit below, with that version's own parser, scenarios, lessons and
 * encoder. Then this checkout decodes every link and records the world it reaches at a few times.
 * The corpus is committed and never regenerated to make a test pass: when a migration changes what
 * an old link means, `oldLinks.test.ts` and `e2e/oldLinks.spec.ts` fail, and that is the point.
 *
 *   npx tsx scripts/old-links/generate.ts
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decodeLink, openEnvelope, readFragmentFields } from '../../src/scenario/link/fragment'
import { linkWorldFacts } from '../../src/scenario/link/oldLinks/worldFacts'

/** The commits whose apps wrote each format, newest format last. */
const WRITERS = [
  {
    commit: '3881826f1cbf7a05d637f9c2bc21b2d67c206804',
    wrote: 'format 1, before branches existed',
  },
  {
    commit: 'd959a942d65b5ec8fc4808b2531a632688b57ece',
    wrote: 'format 1, and format 2 for a scenario with branches (the last version before format 3)',
  },
  {
    commit: 'ff44dacfeb7e231d0f8aa20f11b488c60a73c419',
    wrote: 'format 3 (a job start runs its declared settings plus its own set)',
  },
] as const

const root = join(import.meta.dirname, '..', '..')
const out = join(root, 'src/scenario/link/oldLinks/corpus.json')

interface Written {
  readonly name: string
  readonly made: string
  readonly link: string
}

function linksWrittenBy(commit: string): Written[] {
  const dir = mkdtempSync(join(tmpdir(), 'old-links-'))
  try {
    execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C ${dir}`], { cwd: root })
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
    cpSync(join(import.meta.dirname, 'writeLinks.ts'), join(dir, 'writeLinks.ts'))
    const stdout = execFileSync(join(root, 'node_modules/.bin/tsx'), ['writeLinks.ts'], {
      cwd: dir,
      maxBuffer: 64 * 1024 * 1024,
    })
    return JSON.parse(stdout.toString()) as Written[]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The `version` inside the link's envelope: the format the writer really used. */
async function formatOf(link: string): Promise<number> {
  const opened = await openEnvelope(readFragmentFields(link).get('s'))
  if (!opened.ok) throw new Error(`a link written by an old version does not open: ${link}`)
  return (JSON.parse(opened.json) as { version: number }).version
}

const seen = new Set<string>()
const corpus = []
for (const writer of WRITERS) {
  const commit = execFileSync('git', ['rev-parse', writer.commit], { cwd: root }).toString().trim()
  for (const written of linksWrittenBy(commit)) {
    // The same link from two versions is one entry, kept under the first version that wrote it.
    if (seen.has(written.link)) continue
    seen.add(written.link)
    const decoded = await decodeLink(written.link)
    if (!decoded.ok) throw new Error(`${written.name} from ${commit} does not open today`)
    corpus.push({
      name: written.name,
      made: written.made,
      writtenBy: commit,
      format: await formatOf(written.link),
      link: written.link,
      worlds: linkWorldFacts(decoded.value),
    })
  }
}
writeFileSync(out, `${JSON.stringify(corpus, null, 1)}\n`)
console.log(`${corpus.length} links written to ${out}`)
