import { z } from 'zod';

// A command runs once and exits: zod's compiled fast paths (generated per schema on first use) cost a
// one-shot process more than they save; interpreted checks validate a cold report's input in about half
// the time. The app's long-lived processes keep the compiled paths. Imported by the CLI's entry only.
z.config({ jitless: true });
