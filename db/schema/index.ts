/** Every table of the database, defined once (drizzle-orm/sqlite-core). */
import * as agreements from './agreements';
import * as conversations from './conversations';
import * as meetings from './meetings';
import * as register from './register';
import * as reviews from './reviews';

export * from './agreements';
export * from './conversations';
export * from './meetings';
export * from './register';
export * from './reviews';

export const schema = { ...register, ...agreements, ...meetings, ...conversations, ...reviews };
