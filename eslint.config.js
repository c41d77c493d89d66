// @ts-check
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Layer rules (STYLE.md §3.1): sim ← scenario ← lessons ← derive ← store ← views ← app, and
 * cli → scenario, sim (README "Layout").
 * ESLint does not merge options of a rule set in two matching config objects (the later one wins),
 * so every folder's `no-restricted-imports` entry below repeats the repo-wide zod rule.
 */

/** @typedef {{ name: string, message: string }} RestrictedPath */
/** @typedef {{ group?: string[], regex?: string, message: string }} RestrictedPattern */

/** zod is imported in exactly one place: `src/scenario/zod.ts` (which pins its settings). */
const ZOD_ONLY_VIA_SCENARIO = {
  paths: [{ name: 'zod', message: "Import zod from 'src/scenario/zod.ts', not from 'zod'." }],
  patterns: [
    { group: ['zod/*'], message: "Import zod from 'src/scenario/zod.ts', not from 'zod'." },
  ],
}

/** The core's internals stay private: other layers import its public index, `src/sim/index.ts`. */
const SIM_ONLY_VIA_INDEX = {
  patterns: [
    {
      regex: '^(\\.\\./)+sim/.',
      message: "Import the core from its public index ('../sim'), not from its internals.",
    },
  ],
}

/**
 * The app's layers read worlds as the core hands them out, shared: `ReadonlyWorld`, never the
 * engine's mutable `World`, so a view that changes a world fails to typecheck.
 */
const READ_ONLY_WORLDS = {
  patterns: [
    {
      regex: '^(\\.\\./)+sim$',
      importNames: ['World'],
      message: "Read worlds as 'ReadonlyWorld' (the engine's 'World' is mutable and shared).",
    },
  ],
}

/**
 * A relative import that climbs out of the current folder into one of `folders`.
 * Matches `../store`, `../../views/x` and so on.
 * @param {string[]} folders
 * @param {string} message
 * @returns {RestrictedPattern}
 */
function relativeInto(folders, message) {
  return { regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message }
}

/**
 * @param {{ paths?: RestrictedPath[], patterns?: RestrictedPattern[] }[]} parts
 * @returns {['error', { paths: RestrictedPath[], patterns: RestrictedPattern[] }]}
 */
function restrictImports(...parts) {
  return [
    'error',
    {
      paths: parts.flatMap((part) => part.paths ?? []),
      patterns: parts.flatMap((part) => part.patterns ?? []),
    },
  ]
}

const UI_LIBRARIES_MESSAGE = 'This layer has no UI: no React, D3, zustand or Immer (STYLE.md §3.1).'

/** Every layer above the core and the scenario format, in the order imports may point (down). */
const UPPER_LAYERS = ['lessons', 'derive', 'store', 'views', 'app', 'cli']

const SIM_LAYER = {
  paths: ['react', 'react-dom', 'zustand', 'immer'].map((name) => ({
    name,
    message: UI_LIBRARIES_MESSAGE,
  })),
  patterns: [
    { group: ['react/*', 'react-dom/*', 'd3', 'd3-*', 'zustand/*'], message: UI_LIBRARIES_MESSAGE },
    relativeInto(
      ['scenario', ...UPPER_LAYERS],
      'src/sim is the bottom layer: it imports nothing from another folder of src.',
    ),
  ],
}

const SCENARIO_LAYER = {
  paths: ['react', 'react-dom'].map((name) => ({ name, message: UI_LIBRARIES_MESSAGE })),
  patterns: [
    { group: ['react/*', 'react-dom/*', 'd3', 'd3-*'], message: UI_LIBRARIES_MESSAGE },
    relativeInto(UPPER_LAYERS, 'src/scenario may import src/sim only.'),
  ],
}

/** The lessons are data over the core and the scenario format: no UI, no derived caches. */
const LESSONS_LAYER = {
  paths: SCENARIO_LAYER.paths,
  patterns: [
    {
      group: ['react/*', 'react-dom/*', 'd3', 'd3-*', 'zustand', 'zustand/*'],
      message: UI_LIBRARIES_MESSAGE,
    },
    relativeInto(
      ['derive', 'store', 'views', 'app', 'cli'],
      'src/lessons may import src/sim and src/scenario only.',
    ),
  ],
}

/** The headless runner: the core and the scenario format, never the browser app's layers. */
const CLI_LAYER = {
  paths: SIM_LAYER.paths,
  patterns: [
    { group: ['react/*', 'react-dom/*', 'd3', 'd3-*', 'zustand/*'], message: UI_LIBRARIES_MESSAGE },
    relativeInto(
      ['lessons', 'derive', 'store', 'views', 'app'],
      'src/cli may import src/sim and src/scenario only.',
    ),
  ],
}

/** Values computed from a scenario, outside the store: no React, no zustand, no UI state. */
const DERIVE_LAYER = {
  paths: ['react', 'react-dom', 'zustand', 'immer'].map((name) => ({
    name,
    message: 'src/derive computes from a scenario; it holds no UI state and renders nothing.',
  })),
  patterns: [
    relativeInto(
      ['store', 'views', 'app', 'cli'],
      'src/derive never imports store, views, app or cli.',
    ),
  ],
}

const STORE_LAYER = {
  patterns: [relativeInto(['views', 'app', 'cli'], 'src/store never imports views, app or cli.')],
}

const VIEWS_LAYER = {
  paths: ['d3-selection', 'd3-transition', 'd3-axis', 'd3-brush', 'd3-zoom'].map((name) => ({
    name,
    message:
      'React owns the DOM; use D3 for maths only (scales, shapes, format). See STYLE.md §3.6 for the allow-listed imperative leaves.',
  })),
  patterns: [relativeInto(['app', 'cli'], 'src/views never imports app or cli.')],
}

/** The shell may use every layer but the headless runner. */
const APP_LAYER = {
  patterns: [relativeInto(['cli'], 'src/app never imports cli.')],
}

const NO_CLOCK_MESSAGE = 'The core has no clock: simulated time is an argument (STYLE.md §3.2).'
const NO_RANDOM_MESSAGE = 'The core takes a seeded Rng as an argument (STYLE.md §3.2).'
const NO_FLOAT_MATH_MESSAGE =
  'Math.log, exp, pow, sin and cos may round differently between JS engines; use integer maths or the helpers in src/sim (ECOSYSTEM.md §1.3).'

export default defineConfig(
  {
    ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'coverage'],
  },

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,

  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // `_`-prefixed names are deliberately unused (e.g. `const { actions: _a, ...rest } = s`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Offsets and times are numbers; printing them in a template literal is the common case.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-imports': restrictImports(ZOD_ONLY_VIA_SCENARIO, SIM_ONLY_VIA_INDEX),
    },
  },

  // Browser code.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  // Node code: configs, scripts, e2e specs, benchmarks and the headless runner.
  {
    files: [
      '*.{js,mjs,ts}',
      'scripts/**',
      'docs/screenshots/**',
      'e2e/**',
      'bench/**',
      'test/**',
      'src/cli/**',
      'src/kafka/**',
    ],
    languageOptions: { globals: globals.node },
  },

  {
    files: ['**/*.tsx', 'src/{views,app,store}/**/*.ts'],
    extends: [reactHooks.configs.flat.recommended],
  },

  // ---- Layer rules ----
  {
    files: ['src/sim/**'],
    rules: {
      'no-restricted-imports': restrictImports(ZOD_ONLY_VIA_SCENARIO, SIM_LAYER),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage'].map((name) => ({
          name,
          message: 'The core has no DOM and no storage (STYLE.md §3.2).',
        })),
        ...['setTimeout', 'setInterval', 'requestAnimationFrame', 'performance'].map((name) => ({
          name,
          message: NO_CLOCK_MESSAGE,
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: NO_RANDOM_MESSAGE },
        { object: 'Date', property: 'now', message: NO_CLOCK_MESSAGE },
        ...['log', 'exp', 'pow', 'sin', 'cos'].map((property) => ({
          object: 'Math',
          property,
          message: NO_FLOAT_MATH_MESSAGE,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: NO_CLOCK_MESSAGE },
        { selector: "CallExpression[callee.name='Date']", message: NO_CLOCK_MESSAGE },
      ],
    },
  },
  {
    files: ['src/scenario/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ZOD_ONLY_VIA_SCENARIO,
        SIM_ONLY_VIA_INDEX,
        SCENARIO_LAYER,
      ),
    },
  },
  {
    // The single place that imports zod.
    files: ['src/scenario/zod.ts'],
    rules: {
      'no-restricted-imports': restrictImports(SIM_ONLY_VIA_INDEX, SCENARIO_LAYER),
    },
  },
  {
    files: ['src/lessons/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ZOD_ONLY_VIA_SCENARIO,
        SIM_ONLY_VIA_INDEX,
        LESSONS_LAYER,
      ),
    },
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ZOD_ONLY_VIA_SCENARIO,
        SIM_ONLY_VIA_INDEX,
        CLI_LAYER,
      ),
    },
  },
  {
    files: ['src/derive/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ZOD_ONLY_VIA_SCENARIO,
        SIM_ONLY_VIA_INDEX,
        READ_ONLY_WORLDS,
        DERIVE_LAYER,
      ),
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ZOD_ONLY_VIA_SCENARIO,
        SIM_ONLY_VIA_INDEX,
        READ_ONLY_WORLDS,
        STORE_LAYER,
      ),
    },
  },
  {
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ZOD_ONLY_VIA_SCENARIO,
        SIM_ONLY_VIA_INDEX,
        READ_ONLY_WORLDS,
        APP_LAYER,
      ),
    },
  },
  {
    files: ['src/views/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ZOD_ONLY_VIA_SCENARIO,
        SIM_ONLY_VIA_INDEX,
        READ_ONLY_WORLDS,
        VIEWS_LAYER,
      ),
    },
  },

  // ---- Tests ----
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'test/**'],
    rules: {
      // Tests index into fixtures they just built; a failed assertion is the error report.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
)
