import { useMemo } from 'react'
import { useWorld } from '../shared/useSimulation'
import { clusterModel, type BrokerCard, type HostCard } from './clusterModel'
import { usePanelRef } from '../shared/panelRegistry'
import './cluster.css'

const ROLE_TEXT = { leader: 'leader', 'in sync': 'in the ISR', 'out of sync': 'out of the ISR' }

/** The cluster at the cursor: brokers with their partition replicas, hosts with job containers. */
export default function ClusterView() {
  const panelRef = usePanelRef('cluster')
  const world = useWorld()
  const model = useMemo(() => clusterModel(world), [world])
  return (
    <section className="panel cluster" ref={panelRef} aria-labelledby="cluster-title">
      <h2 id="cluster-title">Cluster</h2>
      <p className="panel__hint">
        Each partition replica: <span className="replica replica--leader">leader</span>{' '}
        <span className="replica replica--in-sync">in the ISR</span>{' '}
        <span className="replica replica--out-of-sync">out of the ISR</span>. Simplified: followers
        copy at once, and leadership never goes back to the preferred replica.
      </p>
      {model.offline.length > 0 && (
        <p className="cluster__offline" role="status">
          Offline (no leader): {model.offline.join(', ')}
        </p>
      )}
      <h3 className="cluster__heading">Kafka brokers</h3>
      <ul className="cluster__cards" aria-label="Brokers">
        {model.brokers.map((broker) => (
          <BrokerItem key={broker.id} broker={broker} />
        ))}
      </ul>
      <h3 className="cluster__heading">Hosts (Samza containers)</h3>
      <ul className="cluster__cards" aria-label="Hosts">
        {model.hosts.map((host) => (
          <HostItem key={host.id} host={host} />
        ))}
      </ul>
      {model.waiting.length > 0 && (
        <p className="panel__hint">
          Waiting for a host:{' '}
          {model.waiting.map((w) => `${w.job} container ${w.container}`).join(', ')}
        </p>
      )}
    </section>
  )
}

function UpBadge({ up }: { readonly up: boolean }) {
  return <span className={`badge badge--${up ? 'running' : 'down'}`}>{up ? 'up' : 'down'}</span>
}

function BrokerItem({ broker }: { readonly broker: BrokerCard }) {
  return (
    <li
      className={`cluster__card${broker.up ? '' : ' cluster__card--down'}`}
      aria-label={`Broker ${broker.id}`}
    >
      <header className="cluster__card-header">
        <strong>Broker {broker.id}</strong>
        <UpBadge up={broker.up} />
        <span className="cluster__count">{broker.leaders} leader(s)</span>
      </header>
      <dl className="cluster__topics">
        {broker.topics.map(({ topic, label, replicas }) => (
          <div key={topic}>
            <dt title={topic}>{label}</dt>
            <dd>
              {replicas.map((r) => (
                <span
                  key={r.partition}
                  className={`replica replica--${r.role.replaceAll(' ', '-')}`}
                  title={`${topic}-${r.partition}: ${ROLE_TEXT[r.role]}`}
                  aria-label={`partition ${r.partition}, ${ROLE_TEXT[r.role]}`}
                >
                  {r.partition}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </li>
  )
}

function HostItem({ host }: { readonly host: HostCard }) {
  return (
    <li
      className={`cluster__card${host.up ? '' : ' cluster__card--down'}`}
      aria-label={`Host ${host.id}`}
    >
      <header className="cluster__card-header">
        <strong>Host {host.id}</strong>
        <UpBadge up={host.up} />
      </header>
      {host.containers.length === 0 ? (
        <p className="panel__hint">No container.</p>
      ) : (
        <ul className="cluster__containers">
          {host.containers.map((c) => (
            <li key={`${c.job}:${c.container}`}>
              {c.job} container {c.container} ({c.status}): {c.tasks.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
