import { Fragment } from 'react'
import { eventsOf } from '../../derive/simulation'
import { countUntil } from '../../derive/steps'
import { useAppStore } from '../../store/appStore'
import { containerLines } from './containerLines'
import { buildJobCard, type JobCard } from './jobsModel'
import { useJobs } from './useJobs'
import { usePanelRef } from '../shared/panelRegistry'
import './jobs.css'

/** One card per Samza job at the cursor: status, settings, and where each task stands. */
export function JobsPanel() {
  const panelRef = usePanelRef('jobs')
  const { now, jobs } = useJobs()
  const events = eventsOf(useAppStore((s) => s.scenario))
  const past = events.slice(0, countUntil(events, now))
  return (
    <section className="panel jobs" ref={panelRef} aria-labelledby="jobs-title">
      <h2 id="jobs-title">Jobs</h2>
      <p className="panel__hint">
        Since checkpoint: records processed since the last commit, which would be reprocessed after
        a crash. Latency: now − the timestamp of the last record processed.
      </p>
      {jobs.map((job) => (
        <JobCardView
          key={job.job}
          card={buildJobCard(job, now)}
          containers={containerLines(job, past)}
        />
      ))}
    </section>
  )
}

function JobCardView({ card, containers }: { card: JobCard; containers: readonly string[] }) {
  const titleId = `job-${card.name}`
  return (
    <article className="job-card" aria-labelledby={titleId}>
      <header className="job-card__header">
        <h3 id={titleId}>{card.name}</h3>
        <span className={`badge badge--${card.status.replace(' ', '-')}`}>{card.status}</span>
        {card.caughtUp && <span className="badge badge--caught-up">caught up</span>}
      </header>
      <p className="job-card__processor">{card.processor}</p>
      <dl className="job-card__settings">
        {card.settings.map(({ label, value }) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {card.runConfig !== null && <p className="job-card__run-config">{card.runConfig}</p>}
      {containers.length > 0 && (
        <ul className="job-card__containers" aria-label={`Containers of ${card.name}`}>
          {containers.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {card.restores.map((line) => (
        <p key={line} className="job-card__restore">
          {line}
        </p>
      ))}
      {card.tasks.length === 0 ? (
        <p className="panel__hint">No tasks until the job first starts.</p>
      ) : (
        <div className="job-card__scroll">
          <TaskTable card={card} />
        </div>
      )}
    </article>
  )
}

function TaskTable({ card }: { card: JobCard }) {
  return (
    <table className="job-card__tasks">
      <thead>
        <tr>
          <th scope="col">Task</th>
          <th scope="col">Input</th>
          <th scope="col">Position</th>
          <th scope="col">Last processed</th>
          <th scope="col">Checkpoint</th>
          <th scope="col">Log end</th>
          <th scope="col">Lag</th>
          <th scope="col" title="Records processed since the last checkpoint">
            Since checkpoint
          </th>
          <th scope="col">Latency</th>
        </tr>
      </thead>
      <tbody>
        {card.tasks.map((task) => (
          <Fragment key={task.name}>
            {task.inputs.map((input, i) => (
              <tr key={input.input}>
                {i === 0 && (
                  <th scope="row" rowSpan={task.inputs.length}>
                    {task.name}
                    <span className="job-card__container">container {task.container}</span>
                  </th>
                )}
                <td>{input.input}</td>
                <td>{input.position}</td>
                <td>{input.lastProcessed}</td>
                <td className="job-card__checkpoint">{input.checkpoint}</td>
                <td>{input.logEnd}</td>
                <td>{input.lag}</td>
                {i === 0 && (
                  <>
                    <td rowSpan={task.inputs.length}>{task.sinceCheckpoint}</td>
                    <td rowSpan={task.inputs.length}>{task.latency}</td>
                  </>
                )}
              </tr>
            ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  )
}
