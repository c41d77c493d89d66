import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { GHOST_MS } from '../src/derive/scene'
import { lessonById } from '../src/lessons'
import { parseScenarioJson } from '../src/scenario/parse'
import { createTimeline, snapshotWorld } from '../src/sim'
import { expect, test } from './fixtures'
import { openScenario, sliderValue, timeSlider } from './helpers'
import { expectStep, LESSONS } from './lessonHelpers'

// Opening a lesson runs its scenario to the end once; the machine may be busy.
test.describe.configure({ timeout: 180_000 })

function stage(page: Page) {
  return page.locator('.stage')
}

/** Opens step `index` (from 0) of a lesson and waits until the player and the stage show it. */
async function openStep(page: Page, id: string, index: number): Promise<void> {
  const lesson = lessonById(id)
  if (lesson === undefined) throw new Error(`no lesson ${id}`)
  await page.goto(`/#lesson=${id}&step=${index + 1}`)
  await expectStep(page, lesson, index)
  await expect(stage(page).locator('[data-lane]').first()).toBeVisible()
  // A lesson over two branches draws two stages: wait until every one is at rest.
  await expect(page.locator('.stage:not([data-motion="rest"])')).toHaveCount(0)
}

/**
 * The writer each record cell of `lane` prints, beside the job that wrote it; cells that print no
 * writer are left out.
 */
async function printedWriters(lane: Locator): Promise<{ writer: string; label: string }[]> {
  return lane.locator('[data-writer]').evaluateAll((cells) =>
    cells.flatMap((cell) => {
      const label = cell.querySelector('.stage-cell__writer')?.textContent
      const writer = cell.getAttribute('data-writer')
      return label === undefined || writer === null ? [] : [{ writer, label }]
    }),
  )
}

test('every partition of a two-partition topic is a lane on the stage at once', async ({
  page,
}) => {
  await openStep(page, 'the-log', 1)
  await expect(stage(page).locator('[data-lane="page-views-0"]')).toBeVisible()
  await expect(stage(page).locator('[data-lane="page-views-1"]')).toBeVisible()
  await expect(stage(page).locator('[data-lane="page-views-1"] [data-cell]').first()).toBeVisible()
})

test.describe('motion', () => {
  test.use({ reducedMotion: 'no-preference' })

  test('a step animates: the stage differs between two moments of the transition', async ({
    page,
  }) => {
    // The page's clock is ours: the transition is looked at frame by frame, never against a timer.
    await page.clock.install()
    await openStep(page, 'the-log', 1)
    await stage(page).scrollIntoViewIfNeeded()
    await page.clock.pauseAt(Date.now() + 60_000)
    await page.keyboard.press('ArrowRight')
    await expect(stage(page)).toHaveAttribute('data-motion', 'moving')
    const early = await stage(page).screenshot()
    await page.clock.runFor(250)
    await expect(stage(page)).toHaveAttribute('data-motion', 'moving')
    const later = await stage(page).screenshot()
    expect(later.equals(early)).toBe(false)
    await page.clock.resume()
    await expect(stage(page)).toHaveAttribute('data-motion', 'rest')
    // What the step changed stays highlighted after the motion.
    await expect(stage(page).locator('.stage-cell--changed').first()).toBeVisible()
  })
})

test('with reduced motion a step does not animate, and what it changed is highlighted', async ({
  page,
}) => {
  await openStep(page, 'the-log', 1)
  const end = stage(page).locator('[data-label="page-views-0:logEnd"]')
  const before = await end.textContent()
  await page.keyboard.press('ArrowRight')
  await expect(stage(page).locator('.stage-cell--changed').first()).toBeVisible()
  await expect(stage(page)).toHaveAttribute('data-motion', 'rest')
  await expect(stage(page).locator('.stage-cell--leaving')).toHaveCount(0)
  expect(await end.textContent()).not.toBe(before)
})

test('after a drag of the time line, a lane that was out of sight highlights what its last move changed', async ({
  page,
}) => {
  const parsed = parseScenarioJson(readFileSync('scenarios/parallel-rewind.json', 'utf8'))
  if (!parsed.ok) throw new Error('scenarios/parallel-rewind.json does not parse')
  const scenario = parsed.value
  await openScenario(page, scenario, 10_000)
  // The jobs' output lane is drawn below the time bar, out of sight: a drag holds it as it was.
  const output = stage(page).locator('[data-lane="page-counts-0"]')
  await expect(output.locator('[data-cell]').first()).toBeAttached()
  await expect(output).not.toBeInViewport()
  const box = (await timeSlider(page).boundingBox())!
  const y = box.y + box.height - 10
  const xAt = (t: number): number => box.x + 8 + ((box.width - 16) * t) / scenario.durationMs
  await page.mouse.move(xAt(10_000), y)
  await page.mouse.down()
  await page.mouse.move(xAt(15_000), y, { steps: 4 })
  await expect.poll(() => sliderValue(page)).toBeGreaterThan(14_000)
  const from = await sliderValue(page)
  await page.mouse.move(xAt(20_000), y)
  await expect.poll(() => sliderValue(page)).toBeGreaterThan(19_000)
  const to = await sliderValue(page)
  await page.mouse.up()
  // Its last move appended the output records between the output's log ends at its two times.
  const timeline = createTimeline(scenario)
  const endAt = (t: number): number =>
    snapshotWorld(timeline.worldAt(t)).topics.find((topic) => topic.name === 'page-counts')!
      .partitions[0]!.logEndOffset
  const [first, end] = [endAt(from), endAt(to)]
  expect(end).toBeGreaterThan(first)
  const appended = Array.from({ length: end - first }, (_, i) => `page-counts-0#${first + i}`)
  await output.scrollIntoViewIfNeeded()
  await expect
    .poll(() =>
      output
        .locator('.stage-cell--changed')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-cell'))),
    )
    .toEqual(appended)
})

test('a segment retention deleted stays on the stage as a ghost that says when and why', async ({
  page,
}) => {
  const lesson = lessonById('time-retention')
  if (lesson === undefined) throw new Error('no time-retention lesson')
  const timeline = createTimeline(lesson.scenario)
  const index = lesson.steps.findIndex((step) =>
    timeline
      .eventsUntil(step.at)
      .some(
        (e) =>
          e.type === 'segment.deleted' &&
          e.reason === 'retention.ms' &&
          e.time > step.at - GHOST_MS,
      ),
  )
  expect(index, 'a step of the lesson shows a segment retention deleted').toBeGreaterThanOrEqual(0)
  await openStep(page, 'time-retention', index)
  await expect(stage(page).locator('[data-ghost]').first()).toBeVisible()
  await expect(stage(page).locator('.stage-label--ghost').first()).toHaveText(
    /deleted at .+ by retention\.ms/,
  )
})

test("a job's output records show the job that wrote them", async ({ page }) => {
  await openStep(page, 'stream-job', 3)
  const output = stage(page).locator('[data-lane^="page-counts-"]')
  const written = output.locator('[data-writer="page-counter_1"]')
  await expect(written.first()).toBeVisible()
  // At 1280×720 a cell is too narrow for "page-counter_1": each prints its job's id, whole.
  const printed = await printedWriters(output)
  expect(printed).toHaveLength(await written.count())
  for (const cell of printed) expect(cell).toEqual({ writer: 'page-counter_1', label: 'job 1' })
})

test('on an output two jobs write, each record shows the job that wrote it, and the lane names only jobs that wrote', async ({
  page,
}) => {
  // Step 2 (10 s): in A nothing but the live job has written page-counts; page-counter_shared
  // is set to write it too, in B only, and has not started.
  await openStep(page, 'parallel-rewind', 1)
  const laneA = page.locator('.branch-stage--a [data-lane="page-counts-0"]')
  await expect(laneA.locator('.stage-lane__title')).toContainText('written by page-counter_1')
  await expect(laneA.locator('.stage-lane__title')).not.toContainText('page-counter_shared')
  // Step 5 (28 s): in B the rewound job writes into the live output, beside the live job.
  await openStep(page, 'parallel-rewind', 4)
  const laneB = page.locator('.branch-stage--b [data-lane="page-counts-0"]')
  await expect(laneB.locator('.stage-lane__title')).toContainText(
    'written by page-counter_1, page-counter_shared',
  )
  await expect(laneB.locator('[data-writer="page-counter_1"]').first()).toBeVisible()
  const rewound = laneB.locator('[data-writer="page-counter_shared"]')
  await expect(rewound.first()).toBeVisible()
  await expect(rewound.first().locator('title')).toContainText('written by page-counter_shared')
  // Two branches' stages share the height and 76 records the width: a cell is too narrow even
  // for "job 1", and prints no writer (never a fragment such as "1" or "sh…" under its offset);
  // its tooltip and the lane's title name it.
  expect(await printedWriters(laneB)).toEqual([])
})

test('the job a step looks at (view.job) is the selected box on the stage, and clicking a box selects it', async ({
  page,
}) => {
  // simple-rewind's step 4 looks at page-counter_2's store.
  await openStep(page, 'simple-rewind', 3)
  const box = (job: string) => stage(page).locator(`[data-job="${job}"]`)
  await expect(box('page-counter_2')).toHaveClass(/stage-job--selected/)
  await expect(box('page-counter_1')).not.toHaveClass(/stage-job--selected/)
  await box('page-counter_1').dispatchEvent('click')
  await expect(box('page-counter_1')).toHaveClass(/stage-job--selected/)
  await expect(box('page-counter_2')).not.toHaveClass(/stage-job--selected/)
  await expect(page.locator('#stores-title select').first()).toHaveValue('page-counter_1')
})

test('no two marker labels overlap on any lesson at any of its steps', async ({ page }) => {
  let labelled = 0
  for (const lesson of LESSONS) {
    for (let index = 0; index < lesson.steps.length; index++) {
      await openStep(page, lesson.id, index)
      const boxes = await stage(page)
        .locator('[data-label]')
        .evaluateAll((labels) =>
          labels.map((label) => {
            const { x, y, width, height } = label.getBoundingClientRect()
            return { id: label.getAttribute('data-label') ?? '', x, y, width, height }
          }),
        )
      labelled += boxes.length
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap =
            a.x < b.x + b.width &&
            b.x < a.x + a.width &&
            a.y < b.y + b.height &&
            b.y < a.y + a.height
          expect(overlap, `${lesson.id} step ${index + 1}: ${a.id} and ${b.id} overlap`).toBe(false)
        }
      }
    }
  }
  // Every step has at least a log start and a log end to label.
  expect(labelled).toBeGreaterThanOrEqual(2 * LESSONS.reduce((n, l) => n + l.steps.length, 0))
})
