// Without zod (see core/model/scale.ts): roadmap generation runs in the report worker.
/** The three horizons of a roadmap: 0–3 months, 3–12 months, 12+ months. */
export const PHASES = [1, 2, 3] as const;
