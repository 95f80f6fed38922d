import { describe, expect, it } from 'vitest';
import { VOTING_PER_ADDRESS_ENV, votingLimitsFromEnv } from '../../main/web/voting-limits';

describe('browser mode’s per-address cap for phone voting tests', () => {
  it('is raised only by a whole number from 1 to 1000', () => {
    expect(votingLimitsFromEnv({})).toEqual({});
    expect(votingLimitsFromEnv({ [VOTING_PER_ADDRESS_ENV]: '40' })).toEqual({ maxConnectionsPerAddress: 40 });
    for (const bad of ['0', '1001', '-1', '1e3', '12abc', '', ' 40', '99999']) expect(votingLimitsFromEnv({ [VOTING_PER_ADDRESS_ENV]: bad }), bad).toEqual({});
  });
});
