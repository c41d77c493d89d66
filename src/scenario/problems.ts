/** A problem found in an untrusted scenario: where it is, and what is wrong, in plain words. */
export interface Problem {
  /** A readable path such as `topics[0].config["segment.ms"]`, or "" for the whole document. */
  readonly path: string
  readonly message: string
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] }

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** Formats a path of keys and indexes the way a person would type it in JavaScript. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else if (typeof part === 'string' && IDENTIFIER.test(part))
      out += out === '' ? part : `.${part}`
    else out += `[${JSON.stringify(String(part))}]`
  }
  return out
}

/** One line for a list of problems, as the headless runner prints it. */
/** One problem as a line, its field first ("steps[1].title: …"). */
export function describeProblem(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`
}

export function describeProblems(problems: readonly Problem[]): string {
  const [first, ...rest] = problems
  if (!first) return 'invalid scenario'
  const head = describeProblem(first)
  return rest.length === 0
    ? head
    : `${head} (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`
}
