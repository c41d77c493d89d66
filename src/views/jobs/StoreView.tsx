import { useMemo } from 'react'
import type { JobSnapshot } from '../../sim'
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
import { FoldedBody } from '../shared/FoldedBody'

/**
 * The local stores of one job's tasks at the cursor, or of two jobs side by side (to compare a
 * store rebuilt two ways); keys changed at this very ms are marked.
 */
export function StoreView() {
  const panelRef = usePanelRef('store')
  const { jobs } = useJobs()
  // A lesson step names the job it talks about (`view.job`), and may set a second one beside it
  // (`view.compareJob`); the pickers change them too.
  const chosen = useAppStore((s) => s.storeJob)
  const setChosen = useAppStore((s) => s.selectStoreJob)
  const compared = useAppStore((s) => s.compareStoreJob)
  const setCompared = useAppStore((s) => s.selectCompareStoreJob)
  const job = jobs.find((j) => j.job === chosen) ?? jobs[0]
  if (job === undefined) return null
  const beside = jobs.find((j) => j.job === compared && j.job !== job.job)

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
        {jobs.length > 1 && (
          <label className="picker">
            <span>Beside it</span>
            <select
              value={beside?.job ?? ''}
              onChange={(e) => {
                setCompared(e.target.value === '' ? null : e.target.value)
              }}
            >
              <option value="">no other store</option>
              {jobs
                .filter((j) => j.job !== job.job)
                .map((j) => (
                  <option key={j.job}>{j.job}</option>
                ))}
            </select>
          </label>
        )}
      </h2>
      {beside === undefined ? (
        <JobStore job={job} />
      ) : (
        <div className="stores__side-by-side">
          {[job, beside].map((j) => (
            <section key={j.job} aria-label={`Store of ${j.job}`}>
              <h3>{j.job}</h3>
              <JobStore job={j} />
            </section>
          ))}
        </div>
      )}
    </section>
  )
}

/** One job's store: where it is backed up, and a table per task. */
function JobStore({ job }: { readonly job: JobSnapshot }) {
  const world = useWorld()
  const scenario = useAppStore((s) => s.scenario)
  const cursor = useCursorMs()
  const name = job.job
  const before = useMemo(() => {
    if (cursor === 0) return null
    const world = worldAtOtherTime(scenario, cursor - 1)
    const state = world.jobs.get(name)
    return state === undefined ? null : jobSnapshot(world, state)
  }, [scenario, cursor, name])
  const changelog = job.settings.changelog
  const tables = buildStoreTables(job, before, (partition) =>
    changelog === null ? null : partitionAt(world, changelog, partition),
  )
  return (
    <>
      <p className="panel__hint">
        Changelog: <code>{changelog ?? 'none (the store is lost with its host)'}</code>. Highlighted
        keys changed at this moment.
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
            <FoldedBody
              rows={table.rows}
              kept={(row) => row.changed}
              columns={2}
              noun={table.rows.length === 1 ? 'key' : 'keys'}
            >
              {(row) => (
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
              )}
            </FoldedBody>
          </table>
        ))}
      </div>
    </>
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
