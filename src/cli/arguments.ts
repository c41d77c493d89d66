/** The runner's command line: one scenario file and options, each option one entry of `OPTIONS`. */
export interface CliOptions {
  readonly file: string
  /** `--at`: the times to print the world at, in the order given; empty means the scenario's end. */
  readonly at: readonly number[]
  /** `--after-action`: print the world right after these scenario actions (time-order indices). */
  readonly afterActions: readonly number[]
  readonly events: boolean
  /**
   * `--compare`: compare two runs at one time instead; `other` is the second scenario file, or null
   * to compare the two branches of `file`.
   */
  readonly compare?: { readonly other: string | null }
}

export type CliArguments =
  ({ readonly ok: true } & CliOptions) | { readonly ok: false; readonly message: string }

export const USAGE =
  'usage: npm run sim -- <scenario.json> [--at <ms>[,<ms>…]] [--after-action <n>[,<n>…]] [--events]' +
  ' | --compare <a.json> [<b.json>] [--at <ms>]'

type Draft = { -readonly [K in keyof CliOptions]: CliOptions[K] }

/** An option: a flag, or one that takes the next argument; `set` returns an error message or null. */
type OptionSpec =
  | { readonly takesValue: false; readonly set: (draft: Draft) => void }
  | { readonly takesValue: true; readonly set: (draft: Draft, value: string) => string | null }

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  '--compare': {
    takesValue: false,
    set: (draft) => {
      draft.compare = { other: null }
    },
  },
  '--events': {
    takesValue: false,
    set: (draft) => {
      draft.events = true
    },
  },
  '--at': {
    takesValue: true,
    set: (draft, value) => {
      const times = wholeNumbers(value)
      if (times === null) return '--at needs whole numbers of milliseconds, separated by commas'
      draft.at = [...draft.at, ...times]
      return null
    },
  },
  '--after-action': {
    takesValue: true,
    set: (draft, value) => {
      const indices = wholeNumbers(value)
      if (indices === null)
        return '--after-action needs action indices (0 is the first action), separated by commas'
      draft.afterActions = [...draft.afterActions, ...indices]
      return null
    },
  },
}

/** `1000,2000` → [1000, 2000]; null unless every part is a whole number. */
function wholeNumbers(value: string): number[] | null {
  const parts = value.split(',')
  return parts.every((p) => /^\d+$/.test(p)) ? parts.map(Number) : null
}

/** Parses the runner's arguments; without `--at` or `--after-action` it prints the scenario's end. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  const draft: Draft = { file: '', at: [], afterActions: [], events: false }
  let fileGiven = false
  const otherFiles: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const option = OPTIONS[arg]
    if (option?.takesValue === false) option.set(draft)
    else if (option?.takesValue === true) {
      const value = argv[++i]
      const problem =
        value === undefined || value.startsWith('--')
          ? `${arg} needs a value`
          : option.set(draft, value)
      if (problem !== null) return { ok: false, message: `${problem} (${USAGE})` }
    } else if (arg.startsWith('--'))
      return { ok: false, message: `unknown option ${arg} (${USAGE})` }
    else if (fileGiven) otherFiles.push(arg)
    else {
      draft.file = arg
      fileGiven = true
    }
  }
  if (!fileGiven) return { ok: false, message: USAGE }
  const problem = draft.compare
    ? compareProblem(draft, otherFiles)
    : otherFiles.length > 0
      ? 'only one scenario file, please (--compare compares two)'
      : null
  if (problem !== null) return { ok: false, message: `${problem} (${USAGE})` }
  return { ok: true, ...draft }
}

/** What `--compare` cannot be combined with, or null; sets the second file. */
function compareProblem(draft: Draft, otherFiles: readonly string[]): string | null {
  if (otherFiles.length > 1) return '--compare compares two scenario files, or the branches of one'
  if (draft.at.length > 1) return '--compare compares at one time: give one --at'
  if (draft.afterActions.length > 0 || draft.events)
    return '--compare prints one comparison, without --after-action or --events'
  draft.compare = { other: otherFiles[0] ?? null }
  return null
}
