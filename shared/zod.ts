import { z } from 'zod';
import { dutchMessage } from './zodMessages';

// Every message zod produces is Dutch: the same schemas validate forms, IPC, CLI and import files.
// The locale covers the rest; shared/zodMessages.ts replaces its half-English phrases.
z.config(z.locales.nl());
z.config({ customError: dutchMessage });

export { z };
