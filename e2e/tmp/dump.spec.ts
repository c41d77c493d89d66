import { writeFileSync } from 'node:fs'
import { test } from '../fixtures'
import { expectStep, LESSONS } from '../lessonHelpers'

const REGION = { stage: '.partition-log', jobs: '.jobs', store: '.stores', narration: '.narration' }
test('dump', async ({ page }) => {
  const out: string[] = []
  for (const lesson of LESSONS.filter((l) => ['parallel-rewind'].includes(l.id))) {
    await page.goto(`/#lesson=${lesson.id}&step=1`)
    for (const [index] of lesson.steps.entries()) {
      if (index > 0) await page.getByRole('button', { name: /^(Next step|Reveal)$/ }).click()
      await expectStep(page, lesson, index)
      for (const [name, sel] of Object.entries(REGION)) {
        const l = page.locator(sel).first()
        const t = (await l.isVisible()) ? (await l.innerText()).replace(/\s+/g, ' ') : '(hidden)'
        out.push(`${lesson.id} ${index + 1} ${name}: ${t.slice(0, 1500)}`)
      }
    }
  }
  writeFileSync('test-results/dump.txt', out.join('\n'))
})
