/**
 * `npm run replay -- <scenario.json> --bootstrap host:port [--time-factor N] [--cleanup]`: replays
 * the scenario's Kafka side into the cluster at that address under `rewindlab.<run-id>.` topics and
 * prints the real state beside the simulator's prediction. Exit codes: 0 agreed, 1 differences,
 * 2 bad arguments or scenario, 3 refused or failed.
 */
import { readFileSync } from 'node:fs'
import { parseScenarioJson } from '../../scenario/parse'
import { describeProblems } from '../../scenario/problems'
import { KafkaCluster } from '../client/kafkaCluster'
import { parseReplayArguments } from './arguments'
import { runDifferential } from './differential'
import { newRunId, replayTopicName } from './names'
import { replayPlan } from './plan'
import { replayReport } from './report'
import { ReplayRefused } from './session'

async function main(argv: readonly string[]): Promise<number> {
  const args = parseReplayArguments(argv)
  if (!args.ok) return fail(2, args.message)
  let text: string
  try {
    text = readFileSync(args.value.file, 'utf8')
  } catch (error) {
    return fail(2, `cannot read ${args.value.file}: ${messageOf(error)}`)
  }
  const parsed = parseScenarioJson(text)
  if (!parsed.ok) return fail(2, `${args.value.file}: ${describeProblems(parsed.problems)}`)
  const scenario = parsed.value
  const runId = newRunId(Date.now(), Math.random)
  const { notReplayed } = replayPlan(scenario)
  const seconds = scenario.durationMs / args.value.timeFactor / 1000
  console.log(
    `Replaying ${args.value.file} into ${args.value.bootstrap} as run ${runId} ` +
      `(${String(args.value.timeFactor)}× faster: about ${seconds.toFixed(1)} s)`,
  )
  for (const what of notReplayed) console.log(`  not replayed: ${what}`)
  const cluster = new KafkaCluster(args.value.bootstrap, `rewindlab-replay-${runId}`)
  try {
    const result = await runDifferential(cluster, scenario, {
      dataDir: null,
      settleTimeoutMs: 20_000,
      target: 'cluster',
      timeFactor: args.value.timeFactor,
      stepSettleTimeoutMs: 3_000,
      cleanup: args.value.cleanup,
      runId,
      onCreated: (session) => {
        const names = scenario.topics.map((t) => session.topicName(t.name))
        console.log(`Created ${names.join(', ')}`)
      },
    })
    console.log('')
    console.log(replayReport(result, (topic) => replayTopicName(runId, topic)))
    console.log(
      args.value.cleanup
        ? '\nDeleted the topics this run created.'
        : `\nThe topics stay; delete them with kafka-topics --delete --topic 'rewindlab.${runId}.*' or replay with --cleanup.`,
    )
    return result.differences.length === 0 ? 0 : 1
  } catch (error) {
    if (error instanceof ReplayRefused) return fail(3, `refused: ${error.message}`)
    return fail(3, messageOf(error))
  } finally {
    await cluster.close()
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function fail(code: number, message: string): number {
  console.error(`error: ${message}`)
  return code
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.exitCode = fail(3, messageOf(error))
  },
)
