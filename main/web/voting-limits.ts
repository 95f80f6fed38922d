/**
 * On loopback every phone of a test shares 127.0.0.1, so the participant
 * server's per-address connection cap (sized for one phone per address on a
 * real network) would refuse the eighth phone of an end-to-end test. Browser
 * mode lets that one cap be raised through the environment, for tests only;
 * the total cap stays. Anything but a whole number 1–1000 is ignored.
 */
export const VOTING_PER_ADDRESS_ENV = 'TIMANTTI_VOTING_CONNECTIONS_PER_ADDRESS';

export function votingLimitsFromEnv(env: NodeJS.ProcessEnv): { maxConnectionsPerAddress?: number } {
  const raw = env[VOTING_PER_ADDRESS_ENV];
  if (raw === undefined || !/^\d{1,4}$/.test(raw)) return {};
  const n = Number(raw);
  return n >= 1 && n <= 1000 ? { maxConnectionsPerAddress: n } : {};
}
