import corpus from '../src/scenario/link/oldLinks/corpus.json' with { type: 'json' }
import { decodeView } from '../src/app/viewParam'
import { readFragmentFields } from '../src/scenario/link/fragment'
import { expect, test } from './fixtures'
import { describedValue, escaped, partitionLog, timeSlider } from './helpers'

/**
 * Every link of the frozen corpus of old share links (src/scenario/link/oldLinks), opened in the
 * browser: the app shows, at the link's time, the partition it names with the log start and end
 * offsets the link reached when it was written, on branch A for a link with branches.
 */
for (const entry of corpus) {
  test(`an old link opens as it did: ${entry.name} (format ${entry.format})`, async ({ page }) => {
    const fields = readFragmentFields(entry.link)
    const at = Number(fields.get('t'))
    const { topic, partition } = decodeView(fields.get('v') ?? '')
    const world = entry.worlds.find((w) => w.at === at && w.branch !== 'b')
    const line = world?.facts.find((fact) => fact.startsWith(`${topic}/${partition} log `))
    const offsets = /log (\d+)\.\.(\d+)/.exec(line ?? '')
    if (!offsets) throw new Error(`the corpus has no offsets of ${topic}/${partition} at ${at}`)

    await page.goto(`/#${entry.link}`)
    await expect(timeSlider(page)).toHaveAttribute('aria-valuenow', String(at))
    const log = partitionLog(page)
    await expect(log).toHaveAccessibleName(
      new RegExp(`${escaped(topic ?? '')}.*partition ${partition}$`),
    )
    await expect(describedValue(log, 'Log start offset')).toHaveText(offsets[1]!)
    await expect(describedValue(log, 'Log end offset')).toHaveText(offsets[2]!)
    await expect(page.getByRole('alert')).toHaveCount(0)

    // At the end, every running job's store holds what it held when the link was written: what a
    // migration of job starts (format 3) must keep.
    await page.keyboard.press('End')
    const end = entry.worlds.findLast((w) => w.branch !== 'b')!
    await expect(timeSlider(page)).toHaveAttribute('aria-valuenow', String(end.at))
    for (const { job, changelog, task, store } of runningStores(end.facts)) {
      const stores = page.getByRole('region', { name: /^State store/ })
      await stores.getByRole('combobox', { name: 'Job' }).selectOption(job)
      await expect(stores.getByText(changelog, { exact: true })).toBeVisible()
      const table = stores.getByRole('table', { name: new RegExp(`^${escaped(task)}:`) })
      for (const [key, value] of Object.entries(store)) {
        const header = page.getByRole('rowheader', { name: key, exact: true })
        await expect(table.getByRole('row').filter({ has: header })).toContainText(value)
      }
    }
  })
}

/** The stores of the jobs running in a world, from its facts (`job <job> <task> store {…}`). */
function runningStores(facts: readonly string[]) {
  const changelogs = new Map(
    facts.flatMap((f) => {
      const running = /^job (\S+) running, changelog (\S+)$/.exec(f)
      return running ? [[running[1]!, running[2]!] as const] : []
    }),
  )
  return facts.flatMap((fact) => {
    const match = /^job (\S+) (.+) store (\{.*\})$/.exec(fact)
    const changelog = changelogs.get(match?.[1] ?? '')
    if (!match || changelog === undefined) return []
    const store = JSON.parse(match[3]!) as Record<string, string>
    if (Object.keys(store).length === 0) return []
    return [{ job: match[1]!, changelog, task: match[2]!, store }]
  })
}
