import { describeProblems } from '../problems'
import type { LinkProblem } from './fragment'
import { LINK_ENVELOPE, LINK_LIMITS } from './fragment'

/** What went wrong with a link, in one sentence for the person who opened it. */
export function describeLinkProblem(problem: LinkProblem): string {
  switch (problem.kind) {
    case 'too-long':
      return `The link is too long (${problem.length.toLocaleString('en-US')} characters; links hold at most ${LINK_LIMITS.fragmentChars.toLocaleString('en-US')}).`
    case 'no-scenario':
      return 'The link holds no scenario.'
    case 'newer-envelope':
      return `The link was made by a newer Rewind Lab (link format ${problem.envelope}); this version reads link format ${LINK_ENVELOPE}.`
    case 'unknown-codec':
      return 'The link is not in a format Rewind Lab knows.'
    case 'cut-short':
      return 'The link looks cut short: its end is missing (chat apps and mail often cut long links). Copy the whole link again.'
    case 'bad-characters':
      return 'The link is damaged: it contains characters a Rewind Lab link never has.'
    case 'corrupt':
      return 'The link is damaged or cut short: its data does not decompress.'
    case 'too-large':
      return `The link asks for more than ${LINK_LIMITS.inflatedBytes / 1_048_576} MiB of scenario data, so it was not opened.`
    case 'invalid-scenario':
      return `The link's scenario is not valid: ${describeProblems(problem.problems)}.`
  }
}
