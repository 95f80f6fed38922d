import type { AnswerValue } from './schema';

// Without zod (see core/model/scale.ts): scoring and the report use it, the schemas are not needed there.
/** A level 1..5, as opposed to "not applicable" or "don't know". */
export const isLevel = (value: AnswerValue | undefined): value is number => typeof value === 'number';
