// The assessment's scale, in a module of its own without zod: the report
// worker and the scoring code need these numbers but not the schemas, and
// loading zod and building every schema costs a cold `timantti report` tens of
// milliseconds on the worker's critical path (docs/PERFORMANCE.md).

/** The number of behaviourally anchored levels every statement has. */
export const LEVEL_COUNT = 5;
export const STAGE_COUNT = 5;
