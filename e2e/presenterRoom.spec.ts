import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { timeSlider, sliderValue } from './helpers'
import { expectStep, LESSONS, NO_LESSONS, simulatedAnswer } from './lessonHelpers'
import { evaluateQuery } from '../src/lessons/query/evaluate'
import { lessonWorlds, ownTimelines } from '../src/lessons/worlds'

// Each lesson runs its scenario and then every step, at two screen sizes; the machine may be busy.
test.describe.configure({ timeout: 240_000 })

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const

/**
 * What a room sees: the share of the screen the stage takes (both stages, stacked, when the
 * scenario has two branches), the smallest drawn label, whether the band scrolls, the smallest
 * type in the band's step (or recap), and what of the stage its frame cuts: anything drawn reaching
 * past the frame's or the picture's edges, and job titles past their boxes.
 */
async function presenterGeometry(page: Page) {
  return page.evaluate(() => {
    const stages = [...document.querySelectorAll('.stage')]
    const svgs = [...document.querySelectorAll<SVGSVGElement>('.stage__svg')]
    const band = document.querySelector<HTMLElement>('.app__side')
    const step = document.querySelector<HTMLElement>('.lesson__step')
    if (stages.length === 0 || svgs.length === 0 || band === null) return null
    const onScreen = (box: DOMRect): number =>
      Math.max(0, Math.min(box.right, window.innerWidth) - Math.max(box.left, 0)) *
      Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0))
    const stageArea = stages.reduce((sum, s) => sum + onScreen(s.getBoundingClientRect()), 0)
    // Every label of the stage but the text inside record cells (offsets and keys).
    const labelPx = Math.min(
      ...svgs.flatMap((svg) => {
        const scale = svg.getScreenCTM()?.a ?? 0
        return [...svg.querySelectorAll('text')]
          .filter((t) => t.closest('.stage-cell') === null)
          .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)
      }),
    )
    const fits = (e: HTMLElement | null): boolean => e === null || e.scrollHeight <= e.clientHeight
    // Every element of the step shown with text of its own: the counter, title, text, question,
    // choices, votes, the reveal and the recap; outside a lesson, of the band (the scenario and
    // what just happened) but for its line of keys, the presenter's own help as the step buttons
    // under a lesson are. None at all is null.
    const bandSizes = [...(step ?? band).querySelectorAll('*')]
      .filter((e) => e.closest('.presenter-band__keys') === null)
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
      .filter((e) => e.checkVisibility())
      .map((e) => parseFloat(getComputedStyle(e).fontSize))
    const bandTextPx = bandSizes.length === 0 ? null : Math.min(...bandSizes)
    // Half a pixel of rounding either way; a stroke's width is not cutting.
    const inside = (inner: DOMRect, outer: DOMRect): boolean =>
      inner.left >= outer.left - 0.5 &&
      inner.right <= outer.right + 0.5 &&
      inner.top >= outer.top - 0.5 &&
      inner.bottom <= outer.bottom + 0.5
    const clipped = stages.flatMap((stage, n) => {
      const frame = stage.getBoundingClientRect()
      // Everything drawn (lane titles, cells, segments, labels, marks, job boxes and their store
      // lines, links) inside the frame and inside the picture, which cuts what passes its edge.
      const picture = stage.querySelector('.stage__svg')?.getBoundingClientRect() ?? frame
      const cut = [
        ...stage.querySelectorAll<SVGGraphicsElement>(
          '.stage__svg :is(text, rect, line, path, circle, polygon)',
        ),
      ]
        .map((e) => ({ e, box: e.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 || box.height > 0)
        .filter(({ box }) => !inside(box, frame) || !inside(box, picture))
        .map(({ e }) => `stage ${n + 1}: ${e.getAttribute('class') ?? e.tagName} ${e.textContent}`)
      // A job's title inside its box.
      for (const job of stage.querySelectorAll('.stage-job')) {
        const box = job.querySelector('.stage-job__box')
        const title = job.querySelector('.stage-job__title')
        if (box && title && !inside(title.getBoundingClientRect(), box.getBoundingClientRect()))
          cut.push(`stage ${n + 1}: the title of ${job.getAttribute('data-job') ?? ''}`)
      }
      return cut
    })
    // The step's lane is drawn wherever its branch has it: never named as left out for room.
    const focused = document.querySelector('.stage-lane--focused')?.getAttribute('data-lane')
    const focusLeftOut = [...document.querySelectorAll('.stage__left-out')].some(
      (note) => focused !== undefined && focused !== null && note.textContent.includes(focused),
    )
    return {
      stageShare: stageArea / (window.innerWidth * window.innerHeight),
      labelPx,
      bandFits: fits(band) && fits(step),
      bandTextPx,
      clipped,
      focusLeftOut,
    }
  })
}

async function expectRoomLayout(page: Page, where: string): Promise<void> {
  // The band's type and the stage's picture follow their boxes' sizes, settling within a few
  // frames of a step or a resize: the whole check is retried until it holds (or times out).
  await expect(async () => {
    const geometry = await presenterGeometry(page)
    expect(geometry, `${where}: the stage and the band`).not.toBeNull()
    expect(geometry!.bandFits, `${where}: the band fits unscrolled`).toBe(true)
    expect(
      geometry!.stageShare,
      `${where}: the stage's share of the screen`,
    ).toBeGreaterThanOrEqual(0.5)
    expect(geometry!.labelPx, `${where}: the smallest stage label, px`).toBeGreaterThanOrEqual(20)
    expect(geometry!.bandTextPx, `${where}: the band's smallest type, px`).not.toBeNull()
    expect(geometry!.bandTextPx!, `${where}: the band's smallest type, px`).toBeGreaterThanOrEqual(
      16,
    )
    expect(geometry!.clipped, `${where}: what the stage's frame cuts`).toEqual([])
    expect(geometry!.focusLeftOut, `${where}: the step's lane left out`).toBe(false)
  }).toPass({ timeout: 10_000 })
}

/** The recap: the whole width of the screen, never scrolled, its type 16 px or more. */
async function expectRecapLayout(page: Page, where: string): Promise<void> {
  await expect(page.locator('.stage').first(), `${where}: the stage steps aside`).toBeHidden()
  const recap = page.getByRole('region', { name: 'Recap' })
  await expect(async () => {
    const width = await recap.evaluate((e) => e.getBoundingClientRect().width / window.innerWidth)
    expect(width, `${where}: the recap's share of the screen's width`).toBeGreaterThan(0.9)
    const geometry = await presenterGeometry(page)
    expect(geometry!.bandFits, `${where}: the recap fits unscrolled`).toBe(true)
    expect(geometry!.bandTextPx, `${where}: the recap's smallest type, px`).not.toBeNull()
    expect(geometry!.bandTextPx!, `${where}: the recap's smallest type, px`).toBeGreaterThanOrEqual(
      16,
    )
  }).toPass({ timeout: 10_000 })
}

if (LESSONS.length === 0) {
  test('presenter mode fits every step of every lesson', () => {
    test.skip(true, NO_LESSONS)
  })
}

for (const lesson of LESSONS) {
  test(`presenter mode at 1280×720 and 1920×1080: ${lesson.id}, every step and the recap`, async ({
    page,
  }) => {
    await page.goto(`/#lesson=${lesson.id}&step=1`)
    await expectStep(page, lesson, 0)
    await page.keyboard.press('p')
    await expect(page.locator('html')).toHaveClass(/\bpresenter\b/)
    for (let i = 0; i < lesson.steps.length; i++) {
      if (i > 0) await page.keyboard.press('PageDown')
      await expectStep(page, lesson, i)
      for (const size of SIZES) {
        await page.setViewportSize(size)
        await expectRoomLayout(page, `${lesson.id} step ${i + 1} at ${size.width}×${size.height}`)
      }
    }
    // Past the last step, the recap takes the screen: the lesson is over, the stage steps aside.
    await page.keyboard.press('PageDown')
    await expect(page.getByRole('region', { name: 'Recap' })).toBeVisible()
    for (const size of SIZES) {
      await page.setViewportSize(size)
      await expectRecapLayout(page, `${lesson.id} recap at ${size.width}×${size.height}`)
    }
  })
}

test("the class's votes: keys 1–9 count, Backspace takes one back, the reveal shows the tally", async ({
  page,
}) => {
  const lesson = LESSONS.find((l) => l.steps.some((s, i) => s.predict !== undefined && i > 0))
  test.skip(lesson === undefined, 'no lesson asks a prediction after its first step')
  const index = lesson!.steps.findIndex((s) => s.predict !== undefined)
  const prediction = lesson!.steps[index]!.predict!
  const answer = simulatedAnswer(lesson!, index)
  const right = prediction.choices.findIndex((c) => c.text === answer)
  const wrong = right === 0 ? 1 : 0

  await page.goto(`/#lesson=${lesson!.id}&step=${index + 1}`)
  await expectStep(page, lesson!, index)
  await page.keyboard.press('p')
  await expect(page.locator('html')).toHaveClass(/\bpresenter\b/)
  const votes = page.getByRole('group', { name: /^Predict: / })
  const count = (choice: number) =>
    votes
      .getByRole('button', { name: prediction.choices[choice]!.text })
      .locator('.lesson__vote-count')

  // Three for the right answer, one too many for a wrong one, then taken back.
  for (const key of [right, right, wrong, right, wrong]) await page.keyboard.press(String(key + 1))
  await expect(count(right)).toHaveText('3')
  await expect(count(wrong)).toHaveText('2')
  await page.keyboard.press('Backspace')
  await expect(count(wrong)).toHaveText('1')
  await expect(votes).toContainText('4 votes')
  // The mouse counts too.
  await votes.getByRole('button', { name: prediction.choices[wrong]!.text }).click()
  await expect(count(wrong)).toHaveText('2')

  await page.keyboard.press('PageDown')
  await expectStep(page, lesson!, index + 1)
  const tally = page.getByRole('list', { name: "The class's votes" })
  const answerRow = tally.locator('.tally__row--answer')
  await expect(answerRow).toContainText(`${answer} ✓ the simulation's answer`)
  await expect(answerRow.locator('.tally__count')).toHaveText('3')
  await expect(page.getByText("3 of 5 votes for the simulation's answer.")).toBeVisible()
})

test('the recap lists every prediction with its tally and answer; Next lesson opens the next one', async ({
  page,
}) => {
  const at = LESSONS.findIndex((l, i) => i + 1 < LESSONS.length && l.steps.some((s) => s.predict))
  test.skip(at < 0, 'no lesson with a prediction and a lesson after it')
  const lesson = LESSONS[at]!
  const next = LESSONS[at + 1]!
  const asked = lesson.steps.flatMap((s, i) =>
    s.predict !== undefined && i + 1 < lesson.steps.length ? [i] : [],
  )
  const last = lesson.steps.length - 1

  await page.goto(`/#lesson=${lesson.id}&step=${asked[0]! + 1}`)
  await expectStep(page, lesson, asked[0]!)
  await page.keyboard.press('p')
  await expect(page.locator('html')).toHaveClass(/\bpresenter\b/)
  await page.keyboard.press('1')
  await page.keyboard.press('1')
  for (let i = asked[0]! + 1; i <= last; i++) {
    await page.keyboard.press('PageDown')
    await expectStep(page, lesson, i)
  }
  await page.keyboard.press('PageDown')
  const recap = page.getByRole('region', { name: 'Recap' })
  await expect(recap).toBeVisible()
  const items = recap.getByRole('listitem').filter({ has: page.locator('.lesson-recap__question') })
  await expect(items).toHaveCount(asked.length)
  for (const [n, step] of asked.entries()) {
    const prediction = lesson.steps[step]!.predict!
    await expect(items.nth(n)).toContainText(prediction.question)
    await expect(items.nth(n)).toContainText(
      `The simulation says: ${simulatedAnswer(lesson, step)}`,
    )
  }
  await expect(items.first()).toContainText('The class: 2 votes')
  await expect(items.first().locator('.tally__count').first()).toHaveText('2')

  // Back to the last step and forwards again, with the clicker's keys.
  await page.keyboard.press('PageUp')
  await expectStep(page, lesson, last)
  await page.keyboard.press('PageDown')
  await recap.getByRole('button', { name: `Next lesson: ${next.title}` }).click()
  await expectStep(page, next, 0)
  await expect(page.locator('html')).toHaveClass(/\bpresenter\b/)
})

test('P puts any scenario in presenter mode: stage, a band of what happened, play and step keys', async ({
  page,
}) => {
  await page.goto('/')
  await expect(timeSlider(page)).toBeVisible()
  await page.keyboard.press('p')
  await expect(page.locator('html')).toHaveClass(/\bpresenter\b/)
  const band = page.getByRole('region', { name: await page.locator('.app__scenario').innerText() })
  await expect(band).toContainText('What just happened')
  await expect(page.getByRole('region', { name: /^Act at/ })).toBeHidden()
  await expect(page.getByRole('region', { name: 'Inspect' })).toBeHidden()
  await expectRoomLayout(page, 'the default scenario')

  await page.keyboard.press('ArrowRight')
  await expect.poll(() => sliderValue(page)).toBeGreaterThan(0)
  await expect(band.getByRole('listitem').first()).toBeVisible()
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await page.keyboard.press('k')
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(page.locator('html')).not.toHaveClass(/\bpresenter\b/)
  await expect(page.getByRole('region', { name: /^Act at/ })).toBeVisible()
})

test('while a container restores, its job box lists the values the restore puts back', async ({
  page,
}) => {
  // stream-job step 4: the restarted container is restoring; the step names what it restores.
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/#lesson=stream-job&step=4')
  await expect(page.getByRole('region', { name: 'Lesson step', exact: true })).toContainText(
    'page-0 = 3, page-1 = 3, page-3 = 2',
  )
  await page.keyboard.press('p')
  await expect(page.locator('html')).toHaveClass(/\bpresenter\b/)
  const box = page.locator('.stage-job[data-job="page-counter_1"]')
  await expect(box).toContainText('restoring 3 records')
  // Each entry's drawn line (its tooltip left out), without the isolates around user strings.
  const restoring = () =>
    box.locator('.stage-store-entry--restoring > text').evaluateAll((texts) =>
      texts.map((t) =>
        [...t.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .replace(/[\u2066-\u2069]/g, ''),
      ),
    )
  await expect.poll(restoring).toEqual(['page-0 → 3', 'page-1 → 3', 'page-3 → 2'])
})

test("an output lane ends with each key's newest value: the counts a reveal compares, in each branch", async ({
  page,
}) => {
  // parallel-rewind step 4 shows the reveal "page-counts-v2 is 1 higher": A's new output and the
  // live output, whose newest page-0 counts it names. A draws its new output; B, which has none,
  // the live output its text names.
  const lesson = LESSONS.find((l) => l.id === 'parallel-rewind')
  test.skip(lesson === undefined, 'the parallel-rewind lesson is not shipped')
  const index = lesson!.steps.findIndex((s) => s.title === 'A/B: the outputs differ')
  expect(index).toBeGreaterThan(0)
  const worlds = lessonWorlds(lesson!, ownTimelines())(lesson!.steps[index]!.at)
  const newest = (topic: string, branch: 'a' | 'b') =>
    evaluateQuery({ kind: 'latestValue', topic, partition: 0, key: 'page-0', branch }, worlds)

  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(`/#lesson=${lesson!.id}&step=${index + 1}`)
  await expectStep(page, lesson!, index)
  await page.keyboard.press('p')
  await expect(page.locator('html')).toHaveClass(/\bpresenter\b/)
  for (const [side, topic] of [
    ['A', 'page-counts-v2'],
    ['B', 'page-counts'],
  ] as const) {
    const lane = page.locator(
      `.branch-stage--${side.toLowerCase()} .stage-lane[data-lane="${topic}-0"]`,
    )
    const entries = lane.locator('.stage-newest__entry')
    const value = newest(topic, side === 'A' ? 'a' : 'b')
    expect(typeof value).toBe('string')
    await expect
      .poll(() =>
        entries.allTextContents().then((t) => t.map((s) => s.replace(/[\u2066-\u2069]/g, ''))),
      )
      .toContain(`page-0 = ${String(value)}`)
  }
  // The two counts the reveal compares differ by the view the live job skipped.
  expect(Number(newest('page-counts-v2', 'a')) - Number(newest('page-counts', 'a'))).toBe(1)
})
