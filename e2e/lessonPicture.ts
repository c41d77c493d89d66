import type { Page } from '@playwright/test'
import type { Lesson } from '../src/lessons'
import { lessonWorlds, ownTimelines } from '../src/lessons/worlds'
import { topicsNamed } from '../src/lessons/topicsNamed'

/**
 * The panels a lesson's text may send the class to, each by the words that name it and the part
 * of the page that is that panel. A text naming one sends the eye to something that must be on
 * screen in the mode the lesson is shown in (presenter mode hides them all but the stage).
 */
const PANELS: readonly { readonly named: RegExp; readonly selector: string }[] = [
  { named: /\bJobs panel/i, selector: '.jobs' },
  { named: /\b(State )?store view\b/i, selector: '.stores' },
  { named: /\bOutputs (panel|view)\b/i, selector: '.outputs' },
  { named: /\bCluster (panel|view)\b/i, selector: '.cluster' },
  { named: /\bnarration\b/i, selector: '.narration' },
  { named: /\binspector\b/i, selector: '.inspector' },
  { named: /\breal-world panel\b|\bIn the real world\b/i, selector: '.real-world' },
]

/** What is on screen: the panels shown, the lanes the stage draws, and the stage's labels. */
export interface OnScreen {
  /** The selectors of PANELS that are visible. */
  readonly panels: readonly string[]
  /** Lane ids (`<topic>-<partition>`) drawn on a visible stage. */
  readonly lanes: readonly string[]
  /** Every label a visible stage draws, as one line. */
  readonly stageText: string
  /** The lesson's step, or its recap, as the class reads it. */
  readonly bandText: string
}

export async function onScreen(page: Page): Promise<OnScreen> {
  const selectors = PANELS.map((p) => p.selector)
  return page.evaluate((panels) => {
    const stages = [...document.querySelectorAll<HTMLElement>('.stage')].filter((s) =>
      s.checkVisibility(),
    )
    return {
      panels: panels.filter((s) =>
        [...document.querySelectorAll<HTMLElement>(s)].some((e) => e.checkVisibility()),
      ),
      lanes: stages.flatMap((s) =>
        [...s.querySelectorAll('[data-lane]')].map((l) => l.getAttribute('data-lane') ?? ''),
      ),
      // Bidi isolates (U+2066–U+2069) around user strings in SVG labels draw nothing: dropped.
      stageText: stages
        .map((s) => s.querySelector('svg')?.textContent ?? '')
        .join(' ')
        .replace(/[\u2066-\u2069]/g, ''),
      bandText: document.querySelector<HTMLElement>('.lesson__step')?.innerText ?? '',
    }
  }, selectors)
}

/** Every topic of the lesson's scenario (both branches), longest first so names nest right. */
export function lessonTopics(lesson: Lesson): string[] {
  const worldsAt = lessonWorlds(lesson, ownTimelines())
  const topics = new Set<string>()
  for (const step of lesson.steps) {
    const { a, b } = worldsAt(step.at)
    for (const world of b === null ? [a] : [a, b]) for (const t of world.topics) topics.add(t.name)
  }
  return [...topics].sort((x, y) => y.length - x.length)
}

/**
 * What the class is sent to and cannot see: each panel the band's text names that is not shown,
 * and each topic `pointedAt` names (words that say where on screen to look) without a lane on the
 * stage.
 */
export function unseen(
  shown: OnScreen,
  pointedAt: string,
  topics: readonly string[],
  focus: string | null,
): string[] {
  const panels = PANELS.filter(
    (p) => p.named.test(shown.bandText) && !shown.panels.includes(p.selector),
  ).map((p) => `the ${p.selector.slice(1)} panel, which is not on screen`)
  const drawn = new Set(shown.lanes.map((id) => id.replace(/-\d+$/, '')))
  const lanes = topicsNamed(pointedAt, topics)
    .filter((t) => !drawn.has(t))
    .map((t) => `${t}, which the stage does not draw`)
  const focused =
    focus === null || shown.lanes.includes(focus) ? [] : [`the step's lane ${focus}, not drawn`]
  return [...panels, ...lanes, ...focused]
}
