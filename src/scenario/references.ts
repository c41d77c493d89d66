import { jobKey } from '../sim'
import { LIMITS } from './limits'
import type { Problem } from './problems'
import type { Scenario } from './schema'
import { formatNumber, isolate } from '../sim'

/**
 * Checks that go across fields: names are unique, everything named exists, partitions are in range,
 * and the generated traffic fits the work budget.
 */
export function checkReferences(scenario: Scenario): Problem[] {
  const problems: Problem[] = []
  const partitionsByTopic = new Map<string, number>()
  scenario.topics.forEach((t, i) => {
    if (partitionsByTopic.has(t.name))
      problems.push({ path: `topics[${i}].name`, message: `topic "${t.name}" is defined twice` })
    partitionsByTopic.set(t.name, t.partitions)
    if (t.replicationFactor > scenario.cluster.brokers)
      problems.push({
        path: `topics[${i}].replicationFactor`,
        message: `replicationFactor ${t.replicationFactor} is more than the ${scenario.cluster.brokers} broker(s)`,
      })
  })
  const checkPartition = (path: string, topic: string, partition: number | null): void => {
    const count = partitionsByTopic.get(topic)
    if (count === undefined)
      problems.push({ path: `${path}.topic`, message: `no topic is named "${topic}"` })
    else if (partition !== null && partition >= count) {
      problems.push({
        path: `${path}.partition`,
        message: `topic "${topic}" has ${count} partition(s), so ${partition} does not exist`,
      })
    }
  }
  const consumerNames = new Set<string>()
  scenario.consumers.forEach((c, i) => {
    if (consumerNames.has(c.name))
      problems.push({
        path: `consumers[${i}].name`,
        message: `consumer "${c.name}" is defined twice`,
      })
    consumerNames.add(c.name)
    checkPartition(`consumers[${i}]`, c.topic, c.partition)
  })
  let generated = 0
  const producerNames = new Set<string>()
  scenario.producers.forEach((p, i) => {
    if (producerNames.has(p.name))
      problems.push({
        path: `producers[${i}].name`,
        message: `producer "${p.name}" is defined twice`,
      })
    producerNames.add(p.name)
    checkPartition(`producers[${i}]`, p.topic, p.partition)
    if (p.stopMs < p.startMs)
      problems.push({
        path: `producers[${i}].stopMs`,
        message: 'stopMs must not be before startMs',
      })
    const activeMs = Math.max(0, Math.min(p.stopMs, scenario.durationMs + 1) - p.startMs)
    generated += Math.ceil((activeMs * p.recordsPerSecond) / 1000)
  })
  if (generated > LIMITS.totalGeneratedRecords) {
    problems.push({
      path: 'producers',
      message: `the producers would send about ${formatNumber(generated)} records; the limit is ${formatNumber(LIMITS.totalGeneratedRecords)}`,
    })
  }
  const checkMachine = (path: string, kind: string, index: number, count: number): void => {
    if (index >= count)
      problems.push({ path, message: `the cluster has ${count} ${kind}(s), numbered from 0` })
  }
  const jobNames = checkJobs(scenario, partitionsByTopic, problems)
  const checkJob = (path: string, job: string): void => {
    if (!jobNames.has(job))
      problems.push({
        path: `${path}.job`,
        message: `no job is named "${isolate(job)}" (write <job.name>_<job.id>, or <job.name>/<job.id> when job.name has a "_")`,
      })
  }
  scenario.actions.forEach((a, i) => {
    const path = `actions[${i}]`
    if (a.at > scenario.durationMs)
      problems.push({
        path: `${path}.at`,
        message: `${a.at} is after the end of the scenario (durationMs ${scenario.durationMs})`,
      })
    switch (a.type) {
      case 'produce':
      case 'roll':
      case 'deleteRecords':
      case 'cleaner.clean':
      case 'cleaner.checkpoint':
        checkPartition(path, a.topic, a.partition)
        break
      case 'topic.config':
        checkPartition(path, a.topic, null)
        break
      case 'consumer.fetch':
      case 'consumer.seek':
      case 'consumer.restart':
        if (!consumerNames.has(a.consumer))
          problems.push({
            path: `${path}.consumer`,
            message: `no consumer is named "${a.consumer}"`,
          })
        break
      case 'job.start':
      case 'job.stop':
      case 'job.crash':
      case 'job.decommission':
      case 'checkpoint.write':
        checkJob(path, a.job)
        break
      case 'broker.fail':
      case 'broker.recover':
        checkMachine(`${path}.broker`, 'broker', a.broker, scenario.cluster.brokers)
        break
      case 'host.fail':
      case 'host.recover':
        checkMachine(`${path}.host`, 'host', a.host, scenario.cluster.hosts)
        break
      case 'cleaner.run':
      case 'retention.run':
      case 'maintenance':
      case 'topic.delete':
        break
    }
  })
  return problems
}

/**
 * Jobs: each pair (job.name, job.id) once (its key, `jobKey`), and every input is a declared topic or a topic some job
 * writes (its output or changelog), since those exist once that job has started.
 */
function checkJobs(
  scenario: Scenario,
  partitionsByTopic: ReadonlyMap<string, number>,
  problems: Problem[],
): Set<string> {
  const written = new Set(scenario.jobs.flatMap((j) => [j.output, j.changelog]))
  const names = new Set<string>()
  scenario.jobs.forEach((job, i) => {
    const name = jobKey(job)
    if (names.has(name))
      problems.push({
        path: `jobs[${i}]`,
        message: `job "${name}" (job.name "${job['job.name']}", job.id "${job['job.id']}") is defined twice`,
      })
    names.add(name)
    const inputs =
      job.processor.type === 'enrich' ? [...job.inputs, job.processor.table] : job.inputs
    for (const input of inputs) {
      if (!partitionsByTopic.has(input) && !written.has(input))
        problems.push({
          path: `jobs[${i}].inputs`,
          message: `no topic is named "${input}", and no job writes one`,
        })
    }
  })
  return names
}
