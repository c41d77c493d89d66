import type { Lane } from '../../derive/scene'
import { boldSansWidth } from './fitJobTitle'

/**
 * What follows a lane's name in its title row: its cleanup policy, a replicated partition's leader
 * and ISR, the jobs whose records it holds and whether it is selected, as much as fits `width` at
 * `px` (presenter mode's 20 px type fills a row with "· written by page-counter_1,
 * page-counter_shared"). The selection is underlined anyway, and the full text stays in the row's
 * tooltip.
 */
export function laneTitleRest(lane: Lane, selected: boolean, width: number, px: number): string {
  const writers = lane.writtenBy.length > 0 ? ` · written by ${lane.writtenBy.join(', ')}` : ''
  const counted = ` · written by ${String(lane.writtenBy.length)} jobs`
  const policy = ` · ${lane.policy}`
  const lead = lane.leadership === null ? '' : ` · ${lane.leadership}`
  const candidates = [
    `${policy}${lead}${writers}${selected ? ' · selected' : ''}`,
    `${policy}${lead}${writers}`,
    ...(lane.writtenBy.length > 1 ? [`${policy}${lead}${counted}`] : []),
    `${policy}${lead}`,
    policy,
  ]
  return candidates.find((rest) => boldSansWidth(lane.id + rest, px) <= width) ?? ''
}

/** A lane's whole title row, as its tooltip gives it. */
export function fullLaneTitle(lane: Lane, selected: boolean): string {
  return lane.id + laneTitleRest(lane, selected, Infinity, 1)
}

/** Whether some lane's title row had to leave something out to fit the scene's width. */
export function hasShortenedTitle(
  scene: { readonly width: number; readonly lanes: readonly Lane[] },
  px: number,
): boolean {
  return scene.lanes.some(
    (lane) =>
      laneTitleRest(lane, false, scene.width, px) !== laneTitleRest(lane, false, Infinity, px),
  )
}
