// The error types live in the leaf src/core/; importing them from here also loads the message
// catalog, so that an error's English `.message` is rendered wherever it is read.
import './i18n/index.js';
export { describeError, errorMsg, ExternalError, UserError } from './core/errors.js';
