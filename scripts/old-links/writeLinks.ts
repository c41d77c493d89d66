/**
 * Writes share links with the code of the checkout it runs in (`cwd`), exactly as that version's app
 * wrote them: its own parser, built-in scenarios, lessons and `encodeLink`. `generate.ts` runs it in
 * checkouts of older commits to build the frozen corpus of old links; it only uses what every one of
 * those versions exported, and skips what a version did not have yet (lessons, branches).
 * Prints a JSON array of `{ name, made, link }` on stdout.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

type Scenario = { readonly durationMs: number; readonly topics: readonly { name: string }[] } & {
  readonly actions: readonly { readonly at: number }[]
}
type Parsed = { ok: true; value: Scenario } | { ok: false; problems: unknown }
interface Branches {
  forkAtMs: number
  a: { name: string; actions: readonly unknown[] }
  b: { name: string; actions: readonly unknown[] }
}
interface Written {
  readonly name: string
  readonly made: string
  readonly link: string
}

const root = process.cwd()
const load = async <T>(path: string): Promise<T> =>
  (await import(pathToFileURL(join(root, path)).href)) as T

// The simulation core first, as the app's entry loads it: older versions import it from their link
// code in a cycle that leaves its defaults undefined when the link code is loaded first.
await load('src/sim/index.ts')
const { parseScenario } = await load<{ parseScenario: (input: unknown) => Parsed }>(
  'src/scenario/parse.ts',
)
const { encodeLink } = await load<{
  encodeLink: (state: {
    scenario: Scenario
    branches?: Branches
    cursorMs: number
    view: string
  }) => Promise<string>
}>('src/scenario/link/fragment.ts')

function parsed(input: unknown, what: string): Scenario {
  const result = parseScenario(input)
  if (!result.ok) throw new Error(`${what} does not parse here: ${JSON.stringify(result.problems)}`)
  return result.value
}

/** The link the app's Copy link gave: the cursor half-way, the first topic's partition 0 shown. */
async function link(scenario: Scenario, branches?: Branches): Promise<string> {
  const view = `log/${scenario.topics[0]?.name ?? ''}/0`
  const cursorMs = Math.floor(scenario.durationMs / 2)
  return encodeLink(
    branches ? { scenario, branches, cursorMs, view } : { scenario, cursorMs, view },
  )
}

/**
 * A scenario a user wrote and edited: a click tally stopped and started three times, only the first
 * restart changing its settings (format 3 reads that differently, so its migration must carry it).
 */
function restarts(later: readonly object[]): object {
  return {
    version: 1,
    name: 'Click tally restarted by hand',
    durationMs: 45_000,
    topics: [{ name: 'clicks', partitions: 2 }],
    producers: [
      { name: 'app', topic: 'clicks', recordsPerSecond: 3, keys: { count: 4, prefix: 'button-' } },
    ],
    jobs: [
      {
        'job.name': 'tally',
        processor: { type: 'count' },
        inputs: ['clicks'],
        store: 'tallies',
        changelog: 'tally-changelog',
        output: 'tally-out',
        'task.commit.ms': 2000,
      },
    ],
    actions: [
      { type: 'job.stop', at: 12_000, job: 'tally_1' },
      { type: 'job.start', at: 13_000, job: 'tally_1', set: { changelog: 'tally-v2' } },
      ...later,
    ],
  }
}

const laterRestarts = [
  { type: 'job.stop', at: 24_000, job: 'tally_1' },
  { type: 'job.start', at: 25_000, job: 'tally_1', set: { 'task.commit.ms': 700 } },
  { type: 'job.stop', at: 34_000, job: 'tally_1' },
  { type: 'job.start', at: 35_000, job: 'tally_1' },
]

/** The default scenario after a few edits at the cursor: a produce, a cleaner run, a config change. */
function editedDefault(input: Record<string, unknown>): object {
  const actions = Array.isArray(input['actions']) ? (input['actions'] as unknown[]) : []
  return {
    ...input,
    version: 1,
    actions: [
      ...actions,
      {
        type: 'produce',
        at: 30_000,
        topic: 'user-profiles',
        records: [{ key: 'user-1', value: 'Zed' }],
      },
      { type: 'cleaner.run', at: 50_000 },
      { type: 'topic.config', at: 70_000, topic: 'page-views', set: { 'retention.ms': 30_000 } },
      { type: 'retention.run', at: 80_000 },
    ],
  }
}

const written: Written[] = []
const version = (input: object): number => (input as { version: number }).version

for (const file of readdirSync(join(root, 'scenarios')).sort()) {
  const document = JSON.parse(readFileSync(join(root, 'scenarios', file), 'utf8')) as Record<
    string,
    unknown
  >
  const { branches, ...rest } = document
  if (branches !== undefined) {
    const parsedBranches = await load<{
      parseScenarioDocument: (input: unknown) => {
        ok: boolean
        value: { scenario: Scenario; branches: Branches }
      }
    }>('src/scenario/branches/document.ts')
    const result = parsedBranches.parseScenarioDocument(document)
    if (!result.ok) throw new Error(`scenarios/${file} does not parse here`)
    written.push({
      name: `scenarios/${file}`,
      made: 'a built-in scenario with branches',
      link: await link(result.value.scenario, result.value.branches),
    })
  } else {
    written.push({
      name: `scenarios/${file}`,
      made: 'a built-in scenario',
      link: await link(parsed(rest, file)),
    })
  }
}

const { DEFAULT_SCENARIO_INPUT } = await load<{ DEFAULT_SCENARIO_INPUT: Record<string, unknown> }>(
  'src/scenario/builtin.ts',
)
const edited = editedDefault(DEFAULT_SCENARIO_INPUT)
// A version that wrote format 3 keeps its own number: the edit is the same, the format is its own.
const own = (input: object): object => ({ ...input, version: version(DEFAULT_SCENARIO_INPUT) })
written.push({
  name: 'edited default',
  made: 'the default scenario with a produce, a cleaner run, a config change and a retention check',
  link: await link(parsed(own(edited), 'the edited default')),
})
written.push({
  name: 'edited restarts',
  made: 'a click tally stopped and started three times, settings changed only at the first restart',
  link: await link(parsed(own(restarts(laterRestarts)), 'the restarts')),
})

if (existsSync(join(root, 'src/scenario/branches/branches.ts'))) {
  const { forkScenario } = await load<{
    forkScenario: (
      scenario: Scenario,
      at: number,
      names: { a: string; b: string },
    ) => { scenario: Scenario; branches: Branches }
  }>('src/scenario/branches/branches.ts')
  const forkAt = 18_000
  const branched = forkScenario(parsed(own(restarts(laterRestarts)), 'A'), forkAt, {
    a: 'commit faster',
    b: 'commit slower',
  })
  const other = parsed(
    own(
      restarts([
        { type: 'job.stop', at: 19_000, job: 'tally_1' },
        { type: 'job.start', at: 20_000, job: 'tally_1', set: { 'task.commit.ms': 3000 } },
        { type: 'job.stop', at: 28_000, job: 'tally_1' },
        { type: 'job.start', at: 29_000, job: 'tally_1' },
      ]),
    ),
    'B',
  )
  const branches = {
    ...branched.branches,
    b: { ...branched.branches.b, actions: other.actions.filter((action) => action.at > forkAt) },
  }
  written.push({
    name: 'edited restarts, branched',
    made: 'the restarts forked at 18 s, each branch restarting the tally its own way',
    link: await link(branched.scenario, branches),
  })
}

if (existsSync(join(root, 'src/lessons/index.ts'))) {
  type BuiltinLesson = { id: string; scenario: unknown }
  // Older versions export the parsed list; newer ones parse it on first use.
  const lessons = await load<{
    LESSONS?: readonly BuiltinLesson[]
    builtinLessons?: () => readonly BuiltinLesson[]
  }>('src/lessons/index.ts')
  for (const lesson of lessons.LESSONS ?? lessons.builtinLessons?.() ?? []) {
    // Early lessons held the scenario as written; the app parsed it before linking it.
    written.push({
      name: `lesson ${lesson.id}`,
      made: "the lesson's scenario, as Explore freely links it",
      link: await link(parsed(lesson.scenario, lesson.id)),
    })
  }
}

process.stdout.write(JSON.stringify(written, null, 1))
