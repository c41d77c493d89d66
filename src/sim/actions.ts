import { assertNever } from './assert'
import { toSimulatedTimestamp } from './epoch'
import { busyThread, forceCleanerPass, setCleanerCheckpoint } from './cleanerActions'
import { fetchForConsumer, restartConsumer, seekConsumer } from './consume'
import type { EventSink } from './events'
import { failBroker, recoverBroker } from './cluster/brokers'
import { failHost, recoverHost } from './cluster/hosts'
import { applyJobAction } from './jobs/actions'
import { withOverrides } from './log/config'
import { whyNothingToClean } from './log/idleCleaner'
import { deleteRecordsInPlace } from './log/retention'
import { rollInPlace } from './log/partition'
import { isTiered, tieredConfigProblem } from './log/tiered'
import { runCleanerIteration, runRetentionCheck } from './maintenance'
import { produceBatch } from './produce'
import { scheduleRemoteLogManager } from './remoteLogManager'
import type { ScenarioAction, SimScenario } from './simScenario'
import type { World } from './world'
import { findPartition, refuseAction } from './world'
import { scheduleMaintenance, stopMaintenance } from './schedule'

/**
 * Mutates `world`: runs one scripted action at `world.now`. An action that cannot apply is refused
 * with a reason (an `action.refused` event); the run goes on.
 */
export function applyAction(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  action: ScenarioAction,
  actionIndex: number,
): void {
  const tagged: EventSink = (event) => {
    sink({ ...event, actionIndex })
  }
  const reason = runAction(world, scenario, tagged, action)
  if (reason !== null) refuseAction(world, tagged, { action: action.type, actionIndex, reason })
}

function runAction(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  action: ScenarioAction,
): string | null {
  switch (action.type) {
    case 'produce':
      return produceBatch(
        world,
        scenario,
        sink,
        { topic: action.topic, partition: action.partition, producer: null },
        action.records.map((r) => ({
          key: r.key,
          value: r.value,
          timestamp:
            r.timestamp === undefined
              ? world.now
              : toSimulatedTimestamp(r.timestamp, world.clockStartMs),
        })),
      )
    case 'roll': {
      const log = findPartition(world, action.topic, action.partition)
      if (!log) return `${action.topic} has no partition ${action.partition}`
      rollInPlace(log, world.now)
      sink({
        type: 'segment.rolled',
        time: world.now,
        topic: action.topic,
        partition: action.partition,
        baseOffset: log.logEndOffset,
        reason: 'explicit',
      })
      return null
    }
    case 'cleaner.run':
      if (!scenario.broker['log.cleaner.enable'])
        return 'the log cleaner is disabled (log.cleaner.enable=false)'
      if (world.cleaning) return busyThread(world.cleaning)
      if (runCleanerIteration(world, scenario, sink) === 'idle') {
        sink({
          type: 'cleaner.idle',
          time: world.now,
          nextIterationAt: null,
          reason: whyNothingToClean(world),
        })
      }
      return null
    case 'cleaner.clean':
      return forceCleanerPass(world, scenario, sink, action, action.firstDirtyOffset)
    case 'cleaner.checkpoint':
      return setCleanerCheckpoint(world, scenario, sink, action, action.offset)
    case 'retention.run':
      runRetentionCheck(world, sink, 'action')
      return null
    case 'deleteRecords': {
      const log = findPartition(world, action.topic, action.partition)
      if (!log) return `${action.topic} has no partition ${action.partition}`
      const result = deleteRecordsInPlace(log, action.offset)
      if (!result.ok) return result.reason
      const at = { time: world.now, topic: action.topic, partition: action.partition }
      sink({ type: 'records.deleted', ...at, offset: action.offset })
      if (log.logStartOffset > result.before) {
        sink({
          type: 'logStartOffset.advanced',
          ...at,
          from: result.before,
          to: log.logStartOffset,
          cause: 'deleteRecords',
        })
      }
      return null
    }
    case 'consumer.fetch': {
      const spec = scenario.consumers.find((c) => c.name === action.consumer)
      const maxRecords = action.maxRecords ?? spec?.['max.poll.records'] ?? 500
      return fetchForConsumer(
        world,
        sink,
        action.consumer,
        maxRecords,
        action.singleRequest === true,
      )
    }
    case 'consumer.seek':
      return seekConsumer(world, sink, action.consumer, action.offset)
    case 'consumer.restart':
      return restartConsumer(world, sink, action.consumer, action.set)
    case 'topic.config': {
      const topic = world.topics.get(action.topic)
      if (!topic) return `topic ${action.topic} does not exist`
      const next = withOverrides(topic.config, action.set)
      if (next['max.compaction.lag.ms'] < next['min.compaction.lag.ms']) {
        return 'max.compaction.lag.ms must be at least min.compaction.lag.ms'
      }
      if (isTiered(topic.config) && !isTiered(next)) {
        return 'turning remote.storage.enable off is not modelled (Kafka also needs remote.log.copy.disable or remote.log.delete.on.disable)'
      }
      const tieredProblem = tieredConfigProblem(next)
      if (tieredProblem !== null) return tieredProblem
      topic.config = next
      if (isTiered(next) && world.periodicMaintenance) scheduleRemoteLogManager(world, world.now)
      sink({
        type: 'topic.configChanged',
        time: world.now,
        topic: action.topic,
        changes: action.set,
      })
      return null
    }
    case 'maintenance':
      if (action.periodic === world.periodicMaintenance) return null
      world.periodicMaintenance = action.periodic
      if (action.periodic) scheduleMaintenance(world, scenario, world.now)
      else stopMaintenance(world)
      sink({ type: 'maintenance.changed', time: world.now, periodic: action.periodic })
      return null
    case 'job.start':
    case 'job.stop':
    case 'job.crash':
    case 'job.decommission':
    case 'checkpoint.write':
    case 'topic.delete':
      return applyJobAction(world, scenario, sink, action)
    case 'broker.fail':
      return failBroker(world, sink, action.broker)
    case 'broker.recover':
      return recoverBroker(world, sink, action.broker)
    case 'host.fail':
      return failHost(world, scenario, sink, action.host)
    case 'host.recover':
      return recoverHost(world, sink, action.host)
    default:
      return assertNever(action)
  }
}
