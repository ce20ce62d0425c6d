/**
 * Creates (or updates) a company database for team mode on CouchDB 3:
 *   npm run team:setup -- --url https://couch.example.com --db acme \
 *     --admin-user admin --admin-password … [--member-role svara] [--admin-role svara-admin]
 * The credentials are a server admin's; they are used for these requests only and never stored.
 */
import { parseArgs } from 'node:util';
import { SetupError, setUpTeamDatabase } from './team/setup';

const usage =
  'usage: team:setup -- --url <server> --db <database> --admin-user <name> --admin-password <password> [--member-role <role>] [--admin-role <role>]';

function fail(message: string): never {
  process.stderr.write(`team:setup: ${message}\n`);
  process.exit(2);
}

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      url: { type: 'string' },
      db: { type: 'string' },
      'admin-user': { type: 'string' },
      'admin-password': { type: 'string' },
      'member-role': { type: 'string' },
      'admin-role': { type: 'string' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
const { url, db } = values;
const adminUser = values['admin-user'];
const adminPassword = values['admin-password'];
if (!url || !db || !adminUser || adminPassword === undefined) fail(usage);
if (!URL.canParse(url)) fail(`--url ${url} is not an address`);

try {
  await setUpTeamDatabase(
    {
      url,
      db,
      adminUser,
      adminPassword,
      memberRole: values['member-role'],
      adminRole: values['admin-role'],
    },
    (line) => console.log(line),
  );
} catch (error) {
  if (error instanceof SetupError || error instanceof TypeError) fail(error.message);
  throw error;
}
