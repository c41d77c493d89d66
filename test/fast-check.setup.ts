import fc from 'fast-check'

// configureGlobal replaces every global setting, so merge with what is already set.
fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns: 100 })
