import type { Messages } from './fi';

/** English UI texts. Typed as `Messages`, so a missing or extra key fails typecheck. */
export const en: Messages = {
  app: {
    name: 'Timantti',
    tagline: 'B2B customer-experience management maturity assessment',
    skipToContent: 'Skip to content',
  },
  language: {
    label: 'Language',
    fi: 'Suomi',
    en: 'English',
  },
  start: {
    title: 'The customer-experience diamond',
    lead: "Assess with the client's leadership team how well customer experience is managed: nine areas, five levels each. The result is a radar chart, a maturity stage and an executive report with a roadmap.",
    diamondHeading: 'The nine areas of the diamond',
    offline: 'Works without a network connection. Client data stays on this computer.',
  },
  layers: {
    core: 'Core',
    foundation: 'Foundations',
    enabler: 'Enablers',
    verification: 'Verification',
    outcome: 'Outcome',
  },
  areas: {
    'customer-understanding': 'Customer understanding',
    strategy: 'Strategy',
    brand: 'Brand',
    culture: 'Culture and employee experience',
    organization: 'Organization and processes',
    emotion: 'Emotional experience',
    technology: 'Technology',
    measurement: 'Measurement',
    'business-benefits': 'Business benefits',
  },
  about: {
    version: 'Version {{version}}',
    dataDir: 'Data: {{dataDir}}',
    shellDesktop: 'Desktop app',
    shellWeb: 'Browser mode',
  },
  errors: {
    'invalid-input': 'The input is not valid.',
    'unknown-channel': 'Unknown action.',
    forbidden: 'The action was refused.',
    'not-found': 'Not found.',
    conflict: 'The data was changed elsewhere.',
    'storage-failed': 'Saving failed. Your changes are kept in memory and will be retried.',
    'library-unavailable': 'The assessment library could not be opened: it may be open in another Timantti window or in the command-line tool.',
    'newer-format': 'The file was made by a newer version of Timantti. Please update Timantti.',
    internal: 'Unexpected error.',
    loadFailed: 'Could not load the app data: {{message}}',
  },
};
