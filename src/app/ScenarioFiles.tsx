import { documentJson } from '../scenario/branches/scenarioDocument'
import { describeProblems } from '../scenario/problems'
import { useAppStore } from '../store/appStore'
import { branchedOf } from '../store/branchState'
import { downloadBlob, fileNameFrom } from '../views/shared/download'
import { ImportButton } from '../views/shared/ImportButton'
import { isolate } from '../sim'

/** A scenario file is refused above this size before it is read. */
const MAX_FILE_BYTES = 1_048_576

/**
 * Import and export the scenario as a JSON file; an import passes the same checks as a link, and
 * ends an open lesson: the file is the user's own scenario, saved as their draft.
 */
export function ScenarioFiles() {
  const notify = useAppStore((s) => s.notify)

  const importFile = async (file: File): Promise<void> => {
    if (file.size > MAX_FILE_BYTES) {
      notify('error', `${isolate(file.name)} is larger than 1 MiB, so it was not opened.`)
      return
    }
    const { parseScenarioDocumentJson } = await import('../scenario/branches/document')
    const parsed = parseScenarioDocumentJson(await file.text())
    if (!parsed.ok) {
      notify(
        'error',
        `${isolate(file.name)} is not a scenario Rewind Lab can open: ${describeProblems(parsed.problems)}.`,
      )
      return
    }
    const result = await useAppStore.getState().openDocument(parsed.value, { isEdit: true })
    if (result === 'opened') notify('info', `Opened ${isolate(file.name)}.`)
    else if (typeof result === 'object')
      notify('error', `${isolate(file.name)} was not opened: ${result.refused}`)
  }

  const exportFile = (): void => {
    const { scenario, branch } = useAppStore.getState()
    // Two branches are written as format 2: the shared history and each branch's own actions.
    const document = branch === null ? scenario : documentJson(branchedOf(scenario, branch))
    const blob = new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' })
    downloadBlob(blob, `${fileNameFrom(scenario.name, 'scenario')}.json`)
  }

  return (
    <>
      <ImportButton
        label="Import…"
        inputLabel="Scenario file to import"
        onFile={(file) => {
          void importFile(file)
        }}
      />
      <button type="button" className="button" onClick={exportFile}>
        Export
      </button>
    </>
  )
}
