import { useMemo, useState } from 'react'
import { useAppStore } from '../../store/appStore'
import { jobSnapshot } from '../../derive/jobSnapshots'
import { worldAtOtherTime } from '../../derive/simulation'
import { useCursorMs } from '../shared/DeferredCursor'
import { buildStoreTables } from './storeModel'
import { useJobs } from './useJobs'
import './jobs.css'

/** The local stores of one job's tasks at the cursor; keys changed at this very ms are marked. */
export function StoreView() {
  const { jobs } = useJobs()
  const scenario = useAppStore((s) => s.scenario)
  const cursor = useCursorMs()
  const [chosen, setChosen] = useState<string | null>(null)
  const job = jobs.find((j) => j.job === chosen) ?? jobs[0]
  const name = job?.job
  const before = useMemo(() => {
    if (name === undefined || cursor === 0) return null
    const world = worldAtOtherTime(scenario, cursor - 1)
    const state = world.jobs.get(name)
    return state === undefined ? null : jobSnapshot(world, state)
  }, [scenario, cursor, name])
  if (job === undefined) return null
  const tables = buildStoreTables(job, before)

  return (
    <section className="panel stores" aria-labelledby="stores-title">
      <h2 id="stores-title">
        State store {job.store}
        <label className="picker">
          <span>Job</span>
          <select
            value={job.job}
            onChange={(e) => {
              setChosen(e.target.value)
            }}
          >
            {jobs.map((j) => (
              <option key={j.job}>{j.job}</option>
            ))}
          </select>
        </label>
      </h2>
      <p className="panel__hint">
        Changelog: <code>{job.settings.changelog ?? 'none (the store is lost with its host)'}</code>
        . Highlighted keys changed at this moment.
      </p>
      <div className="stores__tables">
        {tables.map((table) => (
          <table key={table.task} className="stores__table">
            <caption>
              {table.task}: {table.rows.length} {table.rows.length === 1 ? 'key' : 'keys'},{' '}
              {table.unflushedKeys} unflushed
            </caption>
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key} className={row.changed ? 'stores__changed' : undefined}>
                  <th scope="row">{row.key}</th>
                  <td>{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  )
}
