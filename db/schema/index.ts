/** Every table of the database, defined once (drizzle-orm/sqlite-core). */
import * as agreements from './agreements';
import * as meetings from './meetings';
import * as register from './register';

export * from './agreements';
export * from './meetings';
export * from './register';

export const schema = { ...register, ...agreements, ...meetings };
