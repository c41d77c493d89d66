import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lessonById } from '../../lessons'
import { defaultScenario } from '../../scenario/builtin'
import { parseScenario, parseScenarioJson } from '../../scenario/parse'
import type { Scenario, ScenarioInput } from '../../scenario/schema'
import type { SimEvent } from '../../sim'
import { advanceWorld, initialWorld } from '../../sim'
import { realWorldSections } from './realWorldModel'
import { shellWord } from './snippet'

const dir = join(import.meta.dirname, '..', '..', '..', 'scenarios')

function load(file: string): Scenario {
  const parsed = parseScenarioJson(readFileSync(join(dir, file), 'utf8'))
  if (!parsed.ok) throw new Error(file)
  return parsed.value
}

function build(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input)
  if (!parsed.ok) throw new Error('invalid test scenario')
  return parsed.value
}

/** A one-second scenario whose only action produces `keys` (each with `value`) to `topic` at 0. */
function producedTo(topic: string, keys: readonly string[], value: string): Scenario {
  return build({
    version: 3,
    durationMs: 1_000,
    topics: [{ name: topic }],
    actions: [{ type: 'produce', at: 0, topic, records: keys.map((key) => ({ key, value })) }],
  })
}

/** All the text of the sections whose title matches. */
function textOf(scenario: Scenario, title: RegExp): string {
  const sections = realWorldSections(scenario).filter((s) => title.test(s.title))
  expect(sections.length).toBeGreaterThan(0)
  return sections.flatMap((s) => [...s.snippets.map((n) => n.text), ...s.caveats]).join('\n')
}

function topicsDeletedBySimulator(scenario: Scenario, at: number): string[] {
  const events: SimEvent[] = []
  advanceWorld(initialWorld(scenario), scenario, scenario.durationMs, (e) => events.push(e))
  return events.flatMap((e) => (e.type === 'topic.deleted' && e.time === at ? [e.topic] : []))
}

describe('the real-world panel', () => {
  it('tiers a topic on a real cluster: the broker settings, kafka-configs and the sizing note', () => {
    const file = join(
      import.meta.dirname,
      '../../cli/__golden__/27-rewind-past-local-retention.json',
    )
    const parsed = parseScenarioJson(readFileSync(file, 'utf8'))
    if (!parsed.ok) throw new Error('golden 27 does not parse')
    const text = textOf(parsed.value, /^Cluster/)
    expect(text).toContain('remote.log.storage.system.enable=true')
    expect(text).toContain('remote.log.storage.manager.class.name=')
    expect(text).toContain(
      'kafka-configs.sh --bootstrap-server localhost:9092 --alter --entity-type topics --entity-name page-views --add-config remote.storage.enable=true,local.retention.ms=10000,retention.ms=60000',
    )
    expect(text).toContain('one or two weeks of history is terabytes per topic')
    // An untiered scenario says nothing about tiers.
    expect(textOf(defaultScenario, /^Cluster/)).not.toContain('remote.log.storage')
  })

  it('creates each topic with only its non-default configs', () => {
    const text = textOf(defaultScenario, /^Cluster/)
    expect(text).toContain(
      'kafka-topics.sh --bootstrap-server localhost:9092 --create --topic user-profiles --partitions 1 --replication-factor 1 --config cleanup.policy=compact --config segment.bytes=8',
    )
    expect(text).not.toContain('--config retention.bytes')
    expect(text).not.toContain('min.cleanable.dirty.ratio')
    expect(text).toContain('log.retention.check.interval.ms=10000')
  })

  it('gives the parallel-rewind job a new id, the oldest offset and its own changelog', () => {
    const text = textOf(load('parallel-rewind.json'), /^Samza job page-counter_2/)
    expect(text).toContain('job.id=2')
    expect(text).toContain('systems.kafka.default.stream.samza.offset.default=oldest')
    expect(text).toContain('stores.counts.changelog=kafka.page-counter-changelog-v2')
    expect(text).toContain('job.container.count=2')
    expect(text).toContain('__samza_checkpoint_ver_1_for_page-counter_2')
    const streams = textOf(load('parallel-rewind.json'), /^For comparison: the parallel rewind/)
    expect(streams).toContain('application.id=page-counter-v2')
  })

  it('writes host affinity and the store directory it needs only for a job that has it', () => {
    const lesson = lessonById('host-affinity')!
    const text = textOf(lesson.scenario, /^Samza job page-counter_1/)
    expect(text).toContain('job.host-affinity.enabled=true')
    expect(text).toContain('LOGGED_STORE_BASE_DIR')
    const other = textOf(load('parallel-rewind.json'), /^Samza job page-counter_1/)
    expect(other).not.toContain('host-affinity')
  })

  it('decommissions by deleting exactly the checkpoint and changelog the simulator deletes', () => {
    const scenario = load('parallel-rewind.json')
    const text = textOf(scenario, /^Shut down page-counter_1/)
    const deleted = topicsDeletedBySimulator(scenario, 70_000)
    expect(deleted.length).toBe(2)
    for (const topic of deleted) expect(text).toContain(`--delete --topic ${topic}`)
    expect(text).toContain('kill-yarn-job-by-name.sh page-counter_1')
  })

  it('writes CheckpointTool lines with the last processed offset, and compares with group resets', () => {
    const scenario = load('simple-rewind.json')
    const edit = textOf(scenario, /^Edit the checkpoint of page-counter_1/)
    expect(edit).toContain(
      'tasknames.Partition\\ 0.systems.kafka.streams.page-views.partitions.0=-1\ntasknames.Partition\\ 1.systems.kafka.streams.page-views.partitions.1=-1',
    )
    expect(edit).toContain('--new-offsets=rewind.properties')
    const compare = textOf(scenario, /^For comparison/)
    // Group offsets are the next offset to read: last processed −1 becomes 0.
    expect(compare).toContain(
      '--group page-counter --topic page-views:0 --reset-offsets --to-offset 0 --dry-run',
    )
    expect(compare).toContain('--from-file rewind.csv')
    expect(compare).toContain('page-views,1,0')
    expect(compare).toMatch(/never commits group offsets/)
    const restart = textOf(scenario, /^Start page-counter_1/)
    expect(restart).toContain('stores.counts.changelog=kafka.page-counter-changelog-v2')
    expect(restart).toContain('run-app.sh --config-path=page-counter_1.properties')
  })

  it('rewinds by time through an offset lookup per input', () => {
    const scenario = build({
      ...(JSON.parse(readFileSync(join(dir, 'simple-rewind.json'), 'utf8')) as ScenarioInput),
      actions: [
        { type: 'job.stop', at: 40_000, job: 'page-counter_1' },
        { type: 'checkpoint.write', at: 40_000, job: 'page-counter_1', timestamp: 10_000 },
      ],
    })
    const text = textOf(scenario, /^Rewind page-counter_1 to 10 s/)
    expect(text).toContain(
      'kafka-get-offsets.sh --bootstrap-server localhost:9092 --topic page-views --time 10000',
    )
    expect(textOf(scenario, /^For comparison/)).toContain('--to-datetime 1970-01-01T00:00:10.000')
  })

  it('produces tombstones with the console producer’s null marker', () => {
    const scenario = build({
      version: 3,
      durationMs: 1_000,
      topics: [{ name: 'users', config: { 'cleanup.policy': 'compact' } }],
      actions: [
        {
          type: 'produce',
          at: 0,
          topic: 'users',
          records: [
            { key: 'u1', value: 'Ada' },
            { key: 'u1', value: null },
          ],
        },
      ],
    })
    const text = textOf(scenario, /^Produce 2 records to users/)
    expect(text).toContain('--property null.marker=NULL')
    expect(text).toContain('u1:Ada\nu1:NULL')
  })

  it('splits key and value at a separator no key contains (user:42 is a key, not user and 42)', () => {
    const plain = textOf(producedTo('users', ['u1'], 'Ada'), /^Produce 1 record to users/)
    expect(plain).toContain('--property key.separator=:')
    expect(plain).toContain('u1:Ada')
    const colon = textOf(producedTo('users', ['user:42'], 'Ada'), /^Produce 1 record to users/)
    expect(colon).toContain("--property 'key.separator=|'")
    expect(colon).toContain('user:42|Ada')
    expect(colon).not.toContain('key.separator=:')
  })

  it('says so when every separator occurs in some key', () => {
    const keys = [':|;~^#@%', '::||', ' => ', ' | ']
    const text = textOf(producedTo('users', keys, 'v'), /^Produce 4 records to users/)
    expect(text).toMatch(/occurs in one of these keys: send them with a client/)
    expect(text).not.toContain('kafka-console-producer')
  })

  it('marks the output guard as the simulator’s own knob and says how real jobs get it', () => {
    const guarded = readFileSync(
      join(import.meta.dirname, '..', '..', 'cli', '__golden__', '24-shared-output-guarded.json'),
      'utf8',
    )
    const text = textOf(build(JSON.parse(guarded) as ScenarioInput), /^Samza job page-counter_1/)
    expect(text).toContain('# simulator only: outputGuard is not a Samza setting.')
    expect(text).toMatch(
      /source record timestamp with each result and skips older ones\n# \(or the sink does a conditional upsert by key/,
    )
    expect(text).not.toMatch(/^outputGuard=/m)
    const byOffset = JSON.parse(
      guarded.replaceAll('newer-source-timestamp', 'newer-input-offset'),
    ) as ScenarioInput
    const offsetText = textOf(build(byOffset), /^Samza job page-counter_1/)
    expect(offsetText).toContain('stores the input partition and offset with each result')
  })

  it('gives two jobs that share a YARN application name two properties files', () => {
    const job = (name: string, id: string) => ({
      'job.name': name,
      'job.id': id,
      processor: { type: 'count' as const },
      inputs: ['clicks'],
    })
    const scenario = build({
      version: 3,
      durationMs: 1_000,
      topics: [{ name: 'clicks' }],
      jobs: [job('a_b', '1'), job('a', 'b_1')],
      actions: [{ type: 'job.stop', at: 500, job: 'a_b/1' }],
    })
    const files = realWorldSections(scenario).flatMap((s) =>
      s.snippets.flatMap((n) => (n.label.endsWith('.properties') ? [n.label] : [])),
    )
    // Both are the YARN application a_b_1; the files are named by the jobs' keys.
    expect(files).toEqual(['a_b/1.properties', 'a_b_1.properties'])
    // Samza's kill-by-name script kills nothing when several applications have the name.
    expect(textOf(scenario, /^Stop a_b\/1/)).toMatch(
      /a_b_1 is the YARN application a_b_1 too: while both run, kill-yarn-job-by-name.sh kills neither/,
    )
  })

  it('quotes shell words that are not plain names', () => {
    expect(shellWord('page-views')).toBe('page-views')
    expect(shellWord("it's here")).toBe(`'it'\\''s here'`)
  })
})

describe('the replay command', () => {
  it('is offered for the scenario on screen, writing only to topics the replay creates', () => {
    const text = textOf(defaultScenario, /^Cluster/)
    expect(text).toContain('npm run replay -- scenario.json --bootstrap <host:port> --cleanup')
    expect(text).toMatch(/only to topics it creates \(rewindlab\.<run-id>\.<topic>\)/)
  })
})
