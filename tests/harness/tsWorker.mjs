/**
 * Starts a TypeScript worker under tsx (tests and browser mode; the app runs the built script):
 * `new Worker(this file, { argv: [<the .ts file's URL>] })`. Loader flags in a worker's execArgv
 * do not reach its module loading, so tsx is registered here, in the worker's own thread.
 */
import { register } from 'tsx/esm/api';

register();
await import(process.argv[2]);
