// The error types live in the leaf src/core/; this path stays so existing imports keep working.
export { describeError, ExternalError, UserError } from './core/errors.js';
