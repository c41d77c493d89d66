import { describeProblems } from '../problems'
import type { LinkProblem } from './fragment'
import { LINK_ENVELOPE, LINK_LIMITS } from './fragment'
import { formatNumber } from '../../sim'

const COPY_AGAIN = 'Copy the whole link again from where it was shared.'

/**
 * What went wrong with a link, and what to do, for the person who opened it. `field` is the
 * fragment field that holds the data: `s` in a scenario link, `L` in a lesson link.
 */
export function describeLinkProblem(problem: LinkProblem, field: 's' | 'L' = 's'): string {
  switch (problem.kind) {
    case 'too-long':
      return `The link is too long (${formatNumber(problem.length)} characters; links hold at most ${formatNumber(LINK_LIMITS.fragmentChars)}). Ask for it as a file (Export) instead.`
    case 'no-scenario':
      return `The link holds no ${field === 's' ? 'scenario' : 'lesson'}: its “${field}=” part is missing or empty. ${COPY_AGAIN}`
    case 'newer-envelope':
      return `The link was made by a newer Rewind Lab (link format ${problem.envelope}); this version reads link format ${LINK_ENVELOPE}. Open it with the newest Rewind Lab.`
    case 'unknown-codec':
      return `The link is not in a format Rewind Lab knows: its “${field}=” part does not start with “${LINK_ENVELOPE}d”. ${COPY_AGAIN}`
    case 'cut-short':
      return `The link looks cut short: its end is missing (chat apps and mail often cut long links). ${COPY_AGAIN}`
    case 'bad-characters':
      return `The link is damaged: its “${field}=” part contains characters a Rewind Lab link never has (only letters, digits, “-” and “_”). ${COPY_AGAIN}`
    case 'corrupt':
      return `The link is damaged or cut short: its data does not decompress. ${COPY_AGAIN}`
    case 'too-large':
      return `The link asks for more than ${LINK_LIMITS.inflatedBytes / 1_048_576} MiB of scenario data, so it was not opened.`
    case 'invalid-scenario':
      return `The link's scenario is not valid: ${describeProblems(problem.problems)}.`
  }
}
