import { CHECKPOINT_TOPIC_PREFIX } from '../sim'

/**
 * The topics `text` names: each topic's name standing alone (`page-views` in "page-views-tiered"
 * is not named, `page-views` in "page-views-0" is), and "the checkpoint topic" for the
 * checkpoint topics. Longer names are matched first, so the shorter names they contain are not
 * found inside them.
 */
export function topicsNamed(text: string, topics: readonly string[]): string[] {
  let rest = text
  const longestFirst = [...topics].sort((x, y) => y.length - x.length)
  const named: string[] = []
  for (const topic of longestFirst) {
    const escaped = topic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const alone = new RegExp(`(?<![\\w.-])${escaped}(?![\\w.]|-[a-z])`, 'gi')
    if (alone.test(rest)) named.push(topic)
    // A longer name found is taken out, so the shorter one it contains is not found in it.
    rest = rest.replace(alone, ' ')
  }
  if (/\bcheckpoint topic\b/i.test(text)) {
    named.push(...topics.filter((t) => t.startsWith(CHECKPOINT_TOPIC_PREFIX)))
  }
  return named
}
