// Child process for the lock tests: opens a PGlite directory, writes `count` acknowledged rows
// (printing each id once committed), then waits to be killed.
import { sql } from 'drizzle-orm';
import { openPglite } from '../client';

const [dir, countArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: hold-pglite DIR [COUNT]');
const handle = await openPglite(dir);
await handle.db.execute(sql`create table if not exists acked (id int primary key)`);
const count = Number(countArg ?? 0);
for (let i = 1; i <= count; i++) {
  await handle.db.execute(sql`insert into acked (id) values (${i})`);
  process.stdout.write(`acked ${i}\n`);
}
process.stdout.write('holding\n');
setInterval(() => {}, 1000);
