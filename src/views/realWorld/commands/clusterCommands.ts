import { deleteTopic } from '../kafkaCommands'
import type { DescribedAction as Described } from '../snippet'
import { shell } from '../snippet'
import type { CommandsFor } from './types'

/** A host is a YARN NodeManager: nothing to type, YARN moves its containers. */
function hostChange(title: string): Described {
  return {
    title,
    snippets: [],
    caveats: [
      'No command: YARN restarts the lost containers on other NodeManagers, and each task restores its store from its changelog there.',
    ],
  }
}

/** The cluster's actions: deleting a topic, brokers and hosts failing and coming back. */
export const CLUSTER_COMMANDS: CommandsFor<
  'topic.delete' | 'broker.fail' | 'broker.recover' | 'host.fail' | 'host.recover'
> = {
  'topic.delete': (action) => ({
    title: `Delete topic ${action.topic}`,
    snippets: [shell('Shell', deleteTopic(action.topic))],
    caveats: [
      'Needs delete.topic.enable=true on the brokers (the default); deletion is asynchronous.',
    ],
  }),
  'broker.fail': (action) => ({
    title: `Broker ${action.broker} fails`,
    snippets: [shell(`On broker ${action.broker} (or the machine dies)`, 'kafka-server-stop.sh')],
    caveats: [
      'Leadership of its partitions moves to an in-sync replica; a partition with none left goes offline.',
    ],
  }),
  'broker.recover': (action) => ({
    title: `Broker ${action.broker} comes back`,
    snippets: [
      shell(`On broker ${action.broker}`, 'kafka-server-start.sh -daemon config/server.properties'),
    ],
    caveats: ['Its replicas catch up from the leaders and rejoin the ISR.'],
  }),
  'host.fail': (action) => hostChange(`Host ${action.host} is lost`),
  'host.recover': (action) => hostChange(`Host ${action.host} is back`),
}
