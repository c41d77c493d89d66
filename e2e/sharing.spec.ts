import { DEFAULT_SCENARIO_INPUT, defaultScenario } from '../src/scenario/builtin'
import { builtinScenario } from '../src/scenario/builtinScenario'
import { encodeBase64url } from '../src/scenario/link/base64url'
import { deflate } from '../src/scenario/link/deflate'
import { encodeLink } from '../src/scenario/link/fragment'
import { cleanerStorm, pollingStorm, restartLoop } from '../src/scenario/hostileScenarios'
import { expect, test } from './fixtures'
import { chooseAction, describedValue, doIt, partitionLog, sliderValue } from './helpers'

test('a copied link opens the same world in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await page
    .getByRole('combobox', { name: 'Partition' })
    .selectOption({ label: 'page-views-0 (delete)' })
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight')
  await chooseAction(page, 'Run a retention check now')
  await doIt(page)
  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = await page.getByLabel('Share link').inputValue()
  expect(link).toMatch(/#s=1d[A-Za-z0-9_-]+&t=\d+&v=log\/page-views\/0$/)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)

  const clock = await page.getByTestId('clock').innerText()
  const end = await describedValue(partitionLog(page), 'Log end offset').innerText()
  const start = await describedValue(partitionLog(page), 'Log start offset').innerText()

  const other = await context.newPage()
  await other.goto(link)
  await expect(other.getByTestId('clock')).toHaveText(clock)
  await expect(partitionLog(other).getByRole('heading', { level: 2 })).toContainText('page-views')
  await expect(describedValue(partitionLog(other), 'Log end offset')).toHaveText(end)
  await expect(describedValue(partitionLog(other), 'Log start offset')).toHaveText(start)
  await expect(other.getByText('Scenario actions (1)')).toBeVisible()
  await other.close()
})

test('the draft survives a reload', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('End')
  await chooseAction(page, 'Run the log cleaner now')
  await doIt(page)
  await expect(page.getByText('Scenario actions (1)')).toBeVisible()
  // The draft is saved shortly after the edit; a fresh visit without a link opens it.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('rewindlab:draft')))
    .toContain('cleaner.run')
  await page.goto('/')
  await expect(page.getByText('Scenario actions (1)')).toBeVisible()
})

/** The fragment of a working link to the default scenario at time 0. */
async function goodFragment(): Promise<string> {
  return encodeLink({ scenario: defaultScenario, cursorMs: 0, view: 'log' })
}

async function heavyFragment(): Promise<string> {
  const heavy = builtinScenario({
    ...DEFAULT_SCENARIO_INPUT,
    durationMs: 100_000_000,
    producers: [{ name: 'flood', topic: 'page-views', recordsPerSecond: 50, keys: null }],
    consumers: [],
  })
  return encodeLink({ scenario: heavy, cursorMs: 0, view: 'log' })
}

async function newerScenarioFragment(): Promise<string> {
  const json = JSON.stringify({ ...defaultScenario, version: 7 })
  return `s=1d${encodeBase64url(await deflate(new TextEncoder().encode(json)))}`
}

/**
 * Links broken in the ways links break, each with the words the message must contain. One test
 * per link, so each has its own time budget on a busy machine.
 */
const BROKEN_LINKS: readonly [string, () => Promise<string>, RegExp][] = [
  [
    'too much work for the browser',
    heavyFragment,
    /producer "flood" sending about [\d,]+ records.*lower the producer rates/,
  ],
  [
    '5,000 cleaner runs over one-record segments',
    () => encodeLink({ scenario: cleanerStorm(), cursorMs: 0, view: 'log' }),
    /cleaner runs over up to [\d,]+ one-record segments of topic "tiny-segments".*raise segment\.bytes of "tiny-segments" \(now 1\).*use fewer cleaner\.run actions \(there are 5,000\)/,
  ],
  [
    'a consumer polling every millisecond',
    () => encodeLink({ scenario: pollingStorm(), cursorMs: 0, view: 'log' }),
    /consumer "eager" polling every 1 ms for 3 h\. To run it, raise pollIntervalMs of consumer "eager" or start it later/,
  ],
  [
    'a container restarting every 0 ms with its only host down',
    () => encodeLink({ scenario: restartLoop(), cursorMs: 0, view: 'log' }),
    /job "counter_1" restarting every 0 ms with its only host down.*raise cluster\.containerRestartMs, or recover a host sooner/,
  ],
  [
    'truncated',
    async () => {
      const good = await goodFragment()
      return good.slice(0, good.indexOf('&')).slice(0, -10)
    },
    /(damaged or cut short|looks cut short).*Copy the whole link again/,
  ],
  [
    'cut at a length no link has (4n+1)',
    async () => {
      const good = await goodFragment()
      const payload = good.slice('s=1d'.length, good.indexOf('&'))
      return `s=1d${payload.slice(0, payload.length - ((payload.length - 1) % 4))}`
    },
    /The link looks cut short: its end is missing.*Copy the whole link again/,
  ],
  [
    'newer link format',
    async () => (await goodFragment()).replace('s=1d', 's=3d'),
    /newer Rewind Lab \(link format 3\)/,
  ],
  ['newer scenario format', newerScenarioFragment, /newer Rewind Lab \(format 7\)/],
  [
    'not base64',
    () => Promise.resolve('s=1d<script>alert(1)</script>'),
    /damaged: its “s=” part contains characters a Rewind Lab link never has.*Copy the whole link again/,
  ],
  [
    'no scenario in it',
    () => Promise.resolve('t=5&v=log'),
    /holds no scenario: its “s=” part is missing or empty/,
  ],
  ['oversized', () => Promise.resolve(`s=1d${'A'.repeat(70_000)}`), /too long/],
]

test.describe('a broken link opens the default scenario with a clear message and keeps the draft', () => {
  // The cleaner storm is computed for seconds before its refusal, twice (goto and reload).
  test.describe.configure({ timeout: 90_000 })
  for (const [name, fragmentOf, message] of BROKEN_LINKS) {
    test(name, async ({ page }) => {
      const fragment = await fragmentOf()
      await page.goto('/')
      await page.evaluate(() => {
        localStorage.setItem('rewindlab:draft', 'my precious draft')
      })
      await page.goto(`/#${fragment}`)
      await page.reload()
      const alert = page.getByRole('alert').filter({ hasText: 'This link could not be opened.' })
      await expect(alert).toContainText(message)
      await expect(alert).toContainText('your saved draft is untouched')
      await expect(page.getByText(defaultScenario.name)).toBeVisible()
      expect(await sliderValue(page)).toBe(0)
      expect(await page.evaluate(() => localStorage.getItem('rewindlab:draft'))).toBe(
        'my precious draft',
      )
    })
  }
})

test('a draft that cannot be read is kept aside with a message', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => {
    localStorage.setItem('rewindlab:draft', '{"version": 1, "topics": "oops"')
  })
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('Your saved draft could not be read')
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('rewindlab:quarantine:draft:')),
  )
  expect(kept).toHaveLength(1)
})

test('a scenario exported to a file imports again', async ({ page }, testInfo) => {
  await page.goto('/')
  await page.keyboard.press('End')
  await chooseAction(page, 'Run the log cleaner now')
  await doIt(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export' }).click()
  const file = testInfo.outputPath('scenario.json')
  await (await download).saveAs(file)

  await page.evaluate(() => {
    localStorage.clear()
  })
  await page.goto('/')
  await expect(page.getByText('Scenario actions (1)')).toBeHidden()
  await page.getByLabel('Scenario file to import').setInputFiles(file)
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toBeVisible()
  await expect(page.getByText('Scenario actions (1)')).toBeVisible()

  await page.getByLabel('Scenario file to import').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version":1,"durationMs":1000,"topics":[{"name":"a b"}]}'),
  })
  await expect(page.getByRole('alert')).toContainText('bad.json is not a scenario')
  await expect(page.getByRole('alert')).toContainText('topics[0].name')
})

test('a long link shows progress while it is read, and Cancel then opens the default scenario and keeps the draft', async ({
  page,
}) => {
  const fragment = await encodeLink({ scenario: cleanerStorm(), cursorMs: 0, view: 'log' })
  await page.goto('/')
  await page.evaluate(() => {
    localStorage.setItem('rewindlab:draft', 'my precious draft')
  })
  // Reading a link takes a few frames; here its decompression is held until the test lets it go,
  // so that Cancel lands while the link is read, before its scenario is known, however busy the
  // machine. The dialog goes once the read has ended.
  await page.addInitScript(() => {
    const Native = DecompressionStream
    const released = new Promise<void>((resolve) => {
      Object.defineProperty(window, 'releaseHeldRead', { value: resolve })
    })
    Object.defineProperty(window, 'DecompressionStream', {
      value: function HeldDecompression(format: CompressionFormat) {
        const held = new TransformStream({ start: () => released })
        const inner = new Native(format)
        return { writable: inner.writable, readable: inner.readable.pipeThrough(held) }
      },
    })
  })
  // A new page (from "/", a change of fragment would open the link in the page already open).
  await page.goto('about:blank')
  await page.goto(`/#${fragment}`)
  const dialog = page.getByRole('dialog', { name: 'Reading the link…' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('progressbar', { name: 'Link read' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel and open the default scenario' }).click()
  await page.evaluate(() => {
    ;(window as unknown as { releaseHeldRead: () => void }).releaseHeldRead()
  })
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByText(defaultScenario.name)).toBeVisible()
  // Once the link has been read, nothing of it opens, and nothing is refused either.
  await page.waitForTimeout(2_500)
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByText(defaultScenario.name)).toBeVisible()
  await expect(page.getByRole('alert')).toBeHidden()
  expect(await page.evaluate(() => localStorage.getItem('rewindlab:draft'))).toBe(
    'my precious draft',
  )
})

test('a heavy valid link shows its progress at once, and Cancel opens the default scenario', async ({
  page,
}) => {
  // About 1.2 million records: valid and inside the budget, but seconds of work for a tab.
  const heavy = builtinScenario({
    ...DEFAULT_SCENARIO_INPUT,
    name: 'A heavy link',
    durationMs: 600_000,
    producers: [{ name: 'flood', topic: 'page-views', recordsPerSecond: 2_000, keys: null }],
    consumers: [],
  })
  const fragment = await encodeLink({ scenario: heavy, cursorMs: 0, view: 'log' })
  // The computation takes a second or two here; the page's CPU is slowed twentyfold so that it is
  // still running when Cancel lands, however fast the machine or the engine.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 })
  await page.goto(`/#${fragment}`)
  const dialog = page.getByRole('dialog', { name: 'Computing the scenario…' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('progressbar', { name: 'Simulated time computed' })).toBeVisible()
  // The page answers while it computes: the Cancel button takes the click.
  await dialog.getByRole('button', { name: 'Cancel and open the default scenario' }).click()
  await expect(dialog).toBeHidden()
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await expect(page.getByText(defaultScenario.name)).toBeVisible()
  expect(await sliderValue(page)).toBe(0)
})
