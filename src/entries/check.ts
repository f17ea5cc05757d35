// `pekso/check` (every language) and `pekso/check/<lang>`: <pekso-check> with its content
// (the cases, and the fields' names), registered on load.
import content from 'pekso:content/check';
import { registerContent } from '../content/registry.js';
import { PeksoCheck } from '../elements/check/pekso-check.js';

registerContent(content);
PeksoCheck.define();

export { PeksoCheck };
export * from './api.js';
