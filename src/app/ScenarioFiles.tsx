import { useRef } from 'react'
import { parseScenarioDocumentJson } from '../scenario/branches'
import { describeProblems } from '../scenario/problems'
import { useAppStore } from '../store/appStore'
import { openNewScenario } from '../store/openScenario'
import { downloadBlob, fileNameFrom } from '../views/shared/download'
import { scenarioToOpen } from './branchedDocument'

/** A scenario file is refused above this size before it is read. */
const MAX_FILE_BYTES = 1_048_576

/**
 * Import and export the scenario as a JSON file; an import passes the same checks as a link, and
 * ends an open lesson: the file is the user's own scenario, saved as their draft.
 */
export function ScenarioFiles() {
  const inputRef = useRef<HTMLInputElement>(null)
  const notify = useAppStore((s) => s.notify)

  const importFile = async (file: File): Promise<void> => {
    if (file.size > MAX_FILE_BYTES) {
      notify('error', `${file.name} is larger than 1 MiB, so it was not opened.`)
      return
    }
    const parsed = parseScenarioDocumentJson(await file.text())
    if (!parsed.ok) {
      notify(
        'error',
        `${file.name} is not a scenario Rewind Lab can open: ${describeProblems(parsed.problems)}.`,
      )
      return
    }
    const toOpen = scenarioToOpen(parsed.value)
    const result = await openNewScenario(toOpen.scenario, { isEdit: true })
    if (result === 'opened')
      notify('info', `Opened ${file.name}.${toOpen.notice ? ` ${toOpen.notice}` : ''}`)
    else if (typeof result === 'object')
      notify('error', `${file.name} was not opened: ${result.refused}`)
  }

  const exportFile = (): void => {
    const { scenario } = useAppStore.getState()
    const blob = new Blob([`${JSON.stringify(scenario, null, 2)}\n`], { type: 'application/json' })
    downloadBlob(blob, `${fileNameFrom(scenario.name, 'scenario')}.json`)
  }

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          inputRef.current?.click()
        }}
      >
        Import…
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Scenario file to import"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void importFile(file)
        }}
      />
      <button type="button" className="button" onClick={exportFile}>
        Export
      </button>
    </>
  )
}
