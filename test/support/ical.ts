import type { default as IcalModule } from 'ical.js' with { 'resolution-mode': 'import' };

/**
 * ical.js (Mozilla's iCalendar parser) ships a CommonJS build (dist/ical.es5.cjs) beside its ES
 * module, and Jest loads the CommonJS one; TypeScript's node16 resolution sees only the ES
 * module's types, so the module is required here and typed as the ES module's default export.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const ICAL = require('ical.js') as typeof IcalModule;
