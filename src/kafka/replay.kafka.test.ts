import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseScenarioJson } from '../scenario/parse'
import { newRunId, replayTopicName } from './replay/names'
import { replayPlan } from './replay/plan'
import { ReplayRefused, ReplaySession } from './replay/session'
import { connectToTestBroker } from './testBroker'

const { cluster } = connectToTestBroker('rewindlab-replay-test')
const parsed = parseScenarioJson(
  readFileSync(
    resolve(import.meta.dirname, '../../kafka/scenarios/retention-by-time.json'),
    'utf8',
  ),
)
if (!parsed.ok) throw new Error('the replay test scenario does not parse')
const scenario = parsed.value

afterAll(async () => {
  await cluster.close()
})

describe('replay into a cluster', () => {
  it('refuses a topic it did not create, and writes nothing to it', async () => {
    const runId = newRunId(Date.now(), Math.random)
    const taken = replayTopicName(runId, 'page-views')
    // Someone else's topic that happens to carry the run's name.
    await cluster.createTopic(taken, 1, new Map())
    await cluster.produce(taken, 0, [{ key: 'theirs', value: 'keep me', timestamp: Date.now() }])
    const session = new ReplaySession(cluster, scenario, runId, 0, 'cluster')

    await expect(session.createTopics()).rejects.toThrow(ReplayRefused)
    await expect(session.run(replayPlan(scenario).steps, { timeFactor: null })).rejects.toThrow(
      ReplayRefused,
    )
    expect(await cluster.offsets(taken, 0)).toEqual({ logStartOffset: 0, logEndOffset: 1 })
    expect((await cluster.readAll(taken, 0)).map((r) => r.value)).toEqual(['keep me'])
    // Cleaning up deletes only what the run created: nothing.
    expect(await session.cleanup()).toEqual([])
    expect(await cluster.listTopics()).toContain(taken)
    await cluster.deleteTopics([taken])
  })

  it('creates its topics under rewindlab.<run-id>. and deletes only those on cleanup', async () => {
    const runId = newRunId(Date.now(), Math.random)
    const session = new ReplaySession(cluster, scenario, runId, Date.now(), 'cluster')
    await session.createTopics()
    expect(await cluster.listTopics()).toContain(`rewindlab.${runId}.page-views`)
    expect(await session.cleanup()).toEqual([`rewindlab.${runId}.page-views`])
  })
})
