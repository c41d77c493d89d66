import { join } from 'node:path'
import { KafkaCluster } from './client/kafkaCluster'
import { RUN_DIR, readBrokerState } from './broker/paths'

/** The broker `npm run kafka:start` recorded, with a clear error when there is none. */
export function connectToTestBroker(clientId: string): { cluster: KafkaCluster; dataDir: string } {
  const state = readBrokerState()
  if (!state) {
    throw new Error('No Kafka broker is running for the tests: run `npm run kafka:start` first.')
  }
  return { cluster: new KafkaCluster(state.bootstrap, clientId), dataDir: join(RUN_DIR, 'data') }
}
