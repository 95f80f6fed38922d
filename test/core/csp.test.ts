import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';

const directives = Object.fromEntries(
  CONTENT_SECURITY_POLICY.split(';')
    .map((d) => d.trim().split(/\s+/))
    .map(([name, ...values]) => [name, values]),
);

it('allows only the app itself and never eval', () => {
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['script-src']).toEqual(["'self'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(directives['connect-src']).toEqual(["'self'"]);
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
});

it('leaves header-only directives out of the <meta> version', async () => {
  const { CONTENT_SECURITY_POLICY_META } = await import('../../core/csp');
  expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
  expect(CONTENT_SECURITY_POLICY_META).toContain("script-src 'self'");
});
