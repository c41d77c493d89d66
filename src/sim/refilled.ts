/**
 * A readonly result or context type made writable, for the one object a hot function hands out on
 * every call and refills in place (an append's result, a fetch's, an append's context): the readers
 * see the readonly type and read it before the next call.
 */
export type Refilled<T> = { -readonly [K in keyof T]: T[K] }
