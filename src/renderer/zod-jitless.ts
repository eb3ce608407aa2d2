import { z } from 'zod';

// Imported first: zod probes for eval when its first object schema is built, which the page's CSP forbids
// (and reports as a violation). The renderer never needs zod's JIT, so turn it off before any schema exists.
z.config({ jitless: true });
