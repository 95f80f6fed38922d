import { expect, it } from 'vitest';
import { jsonPath } from '../../core/json-path';

it('writes zod paths the way people read JSON', () => {
  expect(jsonPath(['areas', 3, 'statements', 2, 'levels', 4, 'text', 'fi'])).toBe('areas[3].statements[2].levels[4].text.fi');
  expect(jsonPath([])).toBe('$');
  expect(jsonPath([0, 'a'])).toBe('[0].a');
  expect(jsonPath(['weights', 'business-benefits'])).toBe('weights.business-benefits');
  expect(jsonPath(['notes', 'has space'])).toBe('notes["has space"]');
});
