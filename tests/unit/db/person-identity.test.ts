import { afterEach, beforeEach, expect, it } from 'vitest';
import { erasePerson } from '../../../utils/backup/erase';
import { SvaraDatabase } from '../../../utils/db/database';
import { applyPageScan } from '../../../utils/db/items';
import { Pseudonyms } from '../../../utils/snapshot/pseudonyms';
import { topEngagedPeople } from '../../../utils/stats/engagement';
import { detected, scanOf } from '../../helpers/items';

// One person as two surfaces link her: the desktop site, and the mobile site with a tracking query
// and her username capitalised.
const ANNA_DESKTOP = { name: 'Anna Lindqvist', profileUrl: 'https://www.facebook.com/anna.l' };
const ANNA_MOBILE = {
  name: 'Anna  Lindqvist',
  profileUrl: 'https://m.facebook.com/Anna.L/?ref=comment#c1',
};
const BO = { name: 'Bo Ek', profileUrl: 'https://www.facebook.com/bo.ek' };

let db: SvaraDatabase;
beforeEach(() => {
  db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => db.delete());

it('the people table, engagement and pseudonyms agree that two link variants are one person', async () => {
  await applyPageScan(
    db,
    scanOf([
      detected({ key: 'facebook:comment:1', author: ANNA_DESKTOP }),
      detected({ key: 'facebook:comment:2', author: ANNA_MOBILE }),
      detected({ key: 'facebook:comment:3', author: BO }),
    ]),
    new Date('2026-11-10T10:00:00.000Z'),
    'Sara',
  );

  const people = await db.people.orderBy('id').toArray();
  expect(people.map((person) => [person.id, person.itemKeys])).toEqual([
    ['facebook:https://www.facebook.com/anna.l', ['facebook:comment:1', 'facebook:comment:2']],
    ['facebook:https://www.facebook.com/bo.ek', ['facebook:comment:3']],
  ]);

  const ranked = topEngagedPeople(await db.items.toArray(), { now: '2026-11-10T10:00:00.000Z' });
  expect(ranked.map((person) => [person.personKey, person.itemCount])).toEqual([
    ['facebook:https://www.facebook.com/anna.l', 2],
    ['facebook:https://www.facebook.com/bo.ek', 1],
  ]);

  const pseudonyms = new Pseudonyms('facebook');
  const [desktop, mobile, bo] = [ANNA_DESKTOP, ANNA_MOBILE, BO].map((author) =>
    pseudonyms.person(author.name, author.profileUrl),
  );
  expect(mobile).toBe(desktop);
  expect(bo).not.toBe(desktop);

  expect(await erasePerson(db, people[0]!.id)).toEqual({ items: 2, responses: 0 });
  expect((await db.items.toArray()).map((item) => item.key)).toEqual(['facebook:comment:3']);
});
