import { useMemo } from 'react'
import { PartitionLogView } from '../views/partitionLog/PartitionLogView'
import { snapshotDefaultScenarioAtEnd } from './defaultSnapshot'
import { ErrorBoundary } from './ErrorBoundary'

export function App() {
  return (
    <div className="app">
      <header className="app__header">
        <h1>Rewind Lab</h1>
        <p className="app__tagline">
          A simulator of Kafka log retention and compaction, and of reprocessing streams with Samza.
        </p>
      </header>
      <main className="app__main">
        <ErrorBoundary>
          <FirstPartitionLog />
        </ErrorBoundary>
      </main>
    </div>
  )
}

/** The first partition of the built-in scenario's first topic, at the end of the scenario. */
function FirstPartitionLog() {
  const snapshot = useMemo(() => snapshotDefaultScenarioAtEnd(), [])
  const topic = snapshot.topics[0]
  const partition = topic?.partitions[0]
  if (topic === undefined || partition === undefined) {
    return <p>The built-in scenario has no topic to show.</p>
  }
  return (
    <>
      <p className="app__context">The built-in scenario, at its end.</p>
      <PartitionLogView
        topic={topic.name}
        cleanupPolicy={topic.config['cleanup.policy']}
        partition={partition}
        time={snapshot.time}
      />
    </>
  )
}
