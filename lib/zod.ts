// zod for the whole application: every module imports `z` from here, never from "zod", so that
// this setting is in force before any schema runs. jitless: zod would otherwise probe for
// `new Function` in the browser, which the Content-Security-Policy refuses and reports as a
// violation; without the probe it validates as it would after the refusal.
import { z } from "zod";

z.config({ jitless: true });

export { z };
