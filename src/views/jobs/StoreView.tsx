import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { jobSnapshot } from '../../derive/jobSnapshots'
import { partitionAt } from '../../derive/partitionAt'
import { formatSimTime } from '../../derive/scene/format'
import { worldAtOtherTime } from '../../derive/simulation'
import { useCursorMs } from '../shared/DeferredCursor'
import { useWorld } from '../shared/useSimulation'
import { buildStoreTables, type StoreTable } from './storeModel'
import { useJobs } from './useJobs'
import { usePanelRef } from '../shared/panelRegistry'
import './jobs.css'
import { UserText } from '../shared/UserText'

/** The local stores of one job's tasks at the cursor; keys changed at this very ms are marked. */
export function StoreView() {
  const panelRef = usePanelRef('store')
  const { jobs } = useJobs()
  const world = useWorld()
  const scenario = useAppStore((s) => s.scenario)
  const cursor = useCursorMs()
  // A lesson step names the job it talks about (`view.job`); the picker changes it too.
  const chosen = useAppStore((s) => s.storeJob)
  const setChosen = useAppStore((s) => s.selectStoreJob)
  const job = jobs.find((j) => j.job === chosen) ?? jobs[0]
  const name = job?.job
  const before = useMemo(() => {
    if (name === undefined || cursor === 0) return null
    const world = worldAtOtherTime(scenario, cursor - 1)
    const state = world.jobs.get(name)
    return state === undefined ? null : jobSnapshot(world, state)
  }, [scenario, cursor, name])
  if (job === undefined) return null
  const changelog = job.settings.changelog
  const tables = buildStoreTables(job, before, (partition) =>
    changelog === null ? null : partitionAt(world, changelog, partition),
  )

  return (
    <section className="panel stores" ref={panelRef} aria-labelledby="stores-title">
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
              <TableCaption table={table} />
            </caption>
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr
                  key={row.key}
                  className={
                    table.restoring !== undefined
                      ? 'stores__restoring'
                      : row.changed
                        ? 'stores__changed'
                        : undefined
                  }
                >
                  <th scope="row">
                    <UserText text={row.key} />
                  </th>
                  <td>
                    <UserText text={row.value} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  )
}

function TableCaption({ table }: { table: StoreTable }) {
  const keys = `${String(table.rows.length)} ${table.rows.length === 1 ? 'key' : 'keys'}`
  const { restoring } = table
  if (restoring === undefined)
    return `${table.task}: ${keys}, ${String(table.unflushedKeys)} unflushed`
  const done =
    restoring.endsAt === null ? '' : `, in the store at ${formatSimTime(restoring.endsAt)}`
  return `${table.task}: restoring ${keys} from ${String(restoring.records)} changelog records${done}`
}
