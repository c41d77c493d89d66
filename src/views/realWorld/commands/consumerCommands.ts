import type { Scenario } from '../../../scenario/schema'
import type { ActionOf } from '../../actions/actionKind'
import { consoleConsumer, resetGroupOffsets } from '../kafkaCommands'
import type { DescribedAction as Described } from '../snippet'
import { shell } from '../snippet'
import type { CommandsFor } from './types'

function consumerOf(scenario: Scenario, name: string) {
  return scenario.consumers.find((c) => c.name === name)
}

/** A poll: the console consumer reading as the simulated one does. */
function consumerFetch(action: ActionOf<'consumer.fetch'>, scenario: Scenario): Described {
  const consumer = consumerOf(scenario, action.consumer)
  const topic = consumer?.topic ?? '<topic>'
  return {
    title: `${action.consumer} polls`,
    snippets: [
      shell(
        'Shell',
        consoleConsumer(topic, action.consumer, resetInEffect(scenario, action), action.maxRecords),
      ),
    ],
    caveats: [
      'The simulator names the consumer group after the consumer and reads one partition.',
      ...(action.singleRequest === true
        ? ['A console consumer polls; no tool sends a single Fetch or ListOffsets request.']
        : []),
    ],
  }
}

/** The consumer's `auto.offset.reset` at the action: its last restart's, or the declared one. */
function resetInEffect(
  scenario: Scenario,
  action: ActionOf<'consumer.fetch' | 'consumer.restart'>,
): string {
  // Actions are in time order, so those up to this one (a restart later in the same ms is not).
  const upTo = scenario.actions.findIndex((a) => a === action)
  const earlier = upTo < 0 ? [] : scenario.actions.slice(0, upTo + 1)
  const restarts = earlier.filter(
    (a) => a.type === 'consumer.restart' && a.consumer === action.consumer,
  )
  const last = restarts[restarts.length - 1]
  const restartSet = last?.type === 'consumer.restart' ? last.set['auto.offset.reset'] : undefined
  return restartSet ?? consumerOf(scenario, action.consumer)?.['auto.offset.reset'] ?? 'latest'
}

/** A restart with its `auto.offset.reset`: stop the console consumer and start it again. */
function consumerRestart(action: ActionOf<'consumer.restart'>, scenario: Scenario): Described {
  const reset = resetInEffect(scenario, action)
  return {
    title: `${action.consumer} restarts with auto.offset.reset=${reset}`,
    snippets: [
      shell(
        'Stop the running consumer (Ctrl+C), then start it again',
        consoleConsumer(
          consumerOf(scenario, action.consumer)?.topic ?? '<topic>',
          action.consumer,
          reset,
          null,
        ),
      ),
    ],
    caveats: [
      "A consumer in a group resumes from the group's committed offset; auto.offset.reset applies only when there is none or it is out of range. The simulator's consumers commit nothing, so after its restart the consumer starts where auto.offset.reset says, as a new group would.",
    ],
  }
}

/** A seek: the group's offset reset, planned and then applied. */
function consumerSeek(action: ActionOf<'consumer.seek'>, scenario: Scenario): Described {
  const consumer = consumerOf(scenario, action.consumer)
  const scope = `${consumer?.topic ?? '<topic>'}:${consumer?.partition ?? 0}`
  const spec =
    action.offset === 'earliest'
      ? '--to-earliest'
      : action.offset === 'latest'
        ? '--to-latest'
        : `--to-offset ${action.offset}`
  return {
    title: `${action.consumer} seeks to ${action.offset}`,
    snippets: [
      shell(
        'Shell (plan first, then apply)',
        resetGroupOffsets(action.consumer, scope, spec, '--dry-run'),
        resetGroupOffsets(action.consumer, scope, spec, '--execute'),
      ),
    ],
    caveats: ['The group must have no active members: stop the consumers first.'],
  }
}

/** The consumer's actions, as the console consumer and kafka-consumer-groups do them. */
export const CONSUMER_COMMANDS: CommandsFor<
  'consumer.fetch' | 'consumer.seek' | 'consumer.restart'
> = {
  'consumer.fetch': consumerFetch,
  'consumer.seek': consumerSeek,
  'consumer.restart': consumerRestart,
}
