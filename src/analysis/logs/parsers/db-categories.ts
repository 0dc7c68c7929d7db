// What kind of problem a PostgreSQL or MySQL server message describes, from the server's own
// wording (PostgreSQL and MySQL error message texts; RDS User Guide pages on connections, storage
// and memory). One case-insensitive pass of literal alternatives: linear in the message's length.

import type { DbCategory } from './parsed-line.js';

// Group 1 corruption, 2 resource, 3 auth, 4 connection, 5 query. The first phrase in the text wins.
const PHRASES = new RegExp(
  [
    // corruption
    '(invalid page|could not read block|unexpected zero page|checksum verification failed|page verification failed|missing chunk number|could not access status of transaction|invalid memory alloc request size|database page corruption|is marked as crashed|incorrect key file|corrupt)',
    // resource
    '(out of memory|out of shared memory|could not write to file|no space left on device|cannot allocate memory|could not extend file|could not map anonymous shared memory|could not resize shared memory|temporary file size exceeds temp_file_limit|could not fork|too many open files|disk is full|disk full|is full)',
    // auth
    '(password authentication failed|no pg_hba\\.conf entry|pam authentication failed|authentication failed|access denied for user|role "[^"\\n]{0,200}" does not exist)',
    // connection
    '(remaining connection slots are reserved|too many connections|sorry, too many clients already|too many clients|connection to client lost|could not receive data from client|could not send data to client|terminating connection|unexpected eof on client connection|aborted connection|got an error reading communication packets|got timeout reading communication packets|connection reset by peer)',
    // query
    '(deadlock detected|deadlock found|canceling statement due to|statement timeout|lock timeout|lock wait timeout exceeded|could not serialize access|syntax error|duplicate key value|duplicate entry|violates|permission denied|does not exist|invalid input syntax|division by zero|value too long|current transaction is aborted)',
  ].join('|'),
  'i',
);
const CATEGORIES: readonly DbCategory[] = ['corruption', 'resource', 'auth', 'connection', 'query'];
const SCAN = 2_048;

/** The category the message's wording names, or undefined when it names none. */
export function dbCategory(message: string): DbCategory | undefined {
  const m = PHRASES.exec(message.length > SCAN ? message.slice(0, SCAN) : message);
  if (!m) return undefined;
  for (let g = 1; g <= CATEGORIES.length; g += 1) if (m[g] !== undefined) return CATEGORIES[g - 1];
  return undefined;
}
